package nl.mviwerkboek.app;

import java.nio.file.Path;
import java.time.Year;
import javafx.stage.Window;
import nl.mviwerkboek.backup.RestoreDialog;
import nl.mviwerkboek.backup.RestoreViewModel;
import nl.mviwerkboek.plan.NewPlanDialog;
import nl.mviwerkboek.plan.NewPlanViewModel;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.ui.Dialogs;

/** The File menu's actions: they ask what they need in dialogs and hand it to the workbench. */
final class FileActions {

    private final WorkbenchViewModel vm;
    private final Dialogs dialogs;
    private final java.util.function.Supplier<Window> owner;

    FileActions(WorkbenchViewModel vm, Dialogs dialogs, java.util.function.Supplier<Window> owner) {
        this.vm = vm;
        this.dialogs = dialogs;
        this.owner = owner;
    }

    void newPlan() {
        new NewPlanDialog(owner.get(), new NewPlanViewModel(Year.now().getValue())).ask().ifPresent(profile ->
                dialogs.chooseSavePlan(Messages.get("file.new.saveTitle"), profile.organisationName())
                        .ifPresent(file -> vm.create(file, profile)));
    }

    void openPlan() {
        dialogs.chooseOpenPlan().ifPresent(vm::open);
    }

    void openRecent(Path file) {
        vm.open(file);
    }

    void openSample() {
        vm.openSample();
    }

    void saveCopy() {
        if (vm.sessionProperty().get() == null) {
            return;
        }
        String name = vm.sessionProperty().get().db().file().getFileName().toString()
                .replaceFirst("\\.mviplan$", "") + " " + Messages.get("file.copy.suffix");
        dialogs.chooseSavePlan(Messages.get("file.copy.title"), name).ifPresent(target -> {
            if (target.toAbsolutePath().normalize().equals(vm.sessionProperty().get().db().file())) {
                dialogs.showProblem(Messages.get("file.copy.same.title"), Messages.get("file.copy.same.message"));
                return;
            }
            vm.saveCopy(target, copy -> dialogs.showInfo(Messages.get("file.copy.done.title"),
                    Messages.get("file.copy.done.message", copy)));
        });
    }

    void backup() {
        if (vm.sessionProperty().get() != null) {
            vm.backup(copy -> dialogs.showInfo(Messages.get("file.backup.done.title"),
                    Messages.get("file.backup.done.message", copy)));
        }
    }

    void checkPlan() {
        if (vm.sessionProperty().get() == null) {
            return;
        }
        Path plan = vm.sessionProperty().get().db().file();
        vm.checkPlan(problems -> {
            if (problems.isEmpty()) {
                dialogs.showInfo(Messages.get("check.ok.title"), Messages.get("check.ok.message", plan));
            } else {
                dialogs.showProblem(Messages.get("check.damaged.title"), Messages.get("check.damaged.message", plan,
                        "• " + String.join("\n• ", problems), vm.backupFolder()));
            }
        });
    }

    void restoreBackup() {
        RestoreViewModel list = vm.restoreList();
        RestoreDialog dialog = new RestoreDialog(owner.get(), list);
        list.load();
        dialog.ask().ifPresent(backup -> {
            String name = list.proposedName();
            dialogs.chooseSavePlan(Messages.get("backup.restore.chooseTitle"), name, list.startFolder()).ifPresent(target -> {
                PlanSession open = vm.sessionProperty().get();
                if (open != null && target.toAbsolutePath().normalize().equals(open.db().file())) {
                    dialogs.showProblem(Messages.get("backup.restore.openPlan.title"),
                            Messages.get("backup.restore.openPlan.message", target));
                    return;
                }
                vm.restoreBackup(backup.file(), target, restored -> {
                    if (dialogs.confirm(Messages.get("backup.restore.done.title"),
                            Messages.get("backup.restore.done.message", restored), Messages.get("backup.restore.open"),
                            Messages.get("backup.restore.notNow"))) {
                        vm.open(restored);
                    }
                });
            });
        });
    }

    void close() {
        vm.closePlan();
    }
}
