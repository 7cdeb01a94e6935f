package nl.mviwerkboek.testsupport.ooxml;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.namespace.QName;
import org.apache.xmlbeans.SchemaType;
import org.apache.xmlbeans.SchemaTypeLoader;
import org.apache.xmlbeans.SchemaTypeSystem;
import org.apache.xmlbeans.XmlBeans;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;

/**
 * Validates one XML part against POI's full OOXML schemas. {@link OoxmlSchemas} loads this class in a class
 * loader of its own with {@code poi-ooxml-full} and XMLBeans, so it must use nothing but the JDK and those.
 */
public final class PartValidator {

    private static final String TYPE_SYSTEM = "org.apache.poi.schemas.ooxml.system.ooxml.TypeSystemHolder";

    private PartValidator() {
    }

    /**
     * The schema errors of {@code xml}, read as the document whose root element is {@code namespace}:{@code local};
     * one line "no schema" when the full schemas have no such document.
     */
    public static List<String> errors(String namespace, String local, byte[] xml) throws Exception {
        SchemaTypeSystem types = (SchemaTypeSystem) Class.forName(TYPE_SYSTEM, true,
                PartValidator.class.getClassLoader()).getField("typeSystem").get(null);
        SchemaType document = types.findDocumentType(new QName(namespace, local));
        if (document == null) {
            return List.of("no schema for the document {" + namespace + "}" + local);
        }
        // parsed through the schemas' own loader, which validation then also asks for the elements that
        // wildcards allow (a picture or chart in a:graphicData); the context loader would not find POI's
        SchemaTypeLoader loader = XmlBeans.typeLoaderUnion(types, XmlBeans.getContextTypeLoader());
        XmlObject parsed = loader.parse(new ByteArrayInputStream(xml), document,
                new XmlOptions().setDocumentType(document).setLoadLineNumbers());
        List<XmlError> found = new ArrayList<>();
        parsed.validate(new XmlOptions().setErrorListener(found));
        List<String> errors = new ArrayList<>();
        for (XmlError e : found) {
            errors.add((e.getLine() > 0 ? "line " + e.getLine() + ": " : "") + shortNames(e.getMessage()));
        }
        return errors;
    }

    /** {@code message} with the usual namespaces written as their prefixes: "compat@w" for the main Word one. */
    private static String shortNames(String message) {
        return message.replace("@http://schemas.openxmlformats.org/wordprocessingml/2006/main", "@w")
                .replace("@http://schemas.openxmlformats.org/spreadsheetml/2006/main", "@x")
                .replace("@http://schemas.openxmlformats.org/drawingml/2006/main", "@a")
                .replace("@http://schemas.openxmlformats.org/drawingml/2006/chart", "@c");
    }
}
