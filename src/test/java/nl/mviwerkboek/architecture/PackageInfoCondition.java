package nl.mviwerkboek.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/** A class's package has a package-info.java with a description. */
final class PackageInfoCondition extends ArchCondition<JavaClass> {

    PackageInfoCondition() {
        super("live in a package with a package-info.java");
    }

    @Override
    public void check(JavaClass item, ConditionEvents events) {
        boolean has = item.getPackage().tryGetPackageInfo().isPresent();
        events.add(new SimpleConditionEvent(item, has, item.getPackageName() + " has no package-info.java"));
    }
}
