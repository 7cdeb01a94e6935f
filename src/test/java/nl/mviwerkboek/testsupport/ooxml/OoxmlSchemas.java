package nl.mviwerkboek.testsupport.ooxml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Checks every XML part of an Office file (and of the workbooks embedded in it, such as a chart's data)
 * against POI's full OOXML schemas, {@code target/ooxml-schemas/poi-ooxml-full.jar} (copied there by the
 * build). The schemas are loaded apart from the test class path, which keeps {@code poi-ooxml-lite} as the app
 * has it: other tests still find a type the app would miss.
 */
public final class OoxmlSchemas {

    /** The package parts the full schemas do not describe (Open Packaging Conventions, checked by POI itself). */
    public static final List<String> NOT_IN_THE_SCHEMAS = List.of("[Content_Types].xml", "docProps/core.xml");

    private static final Path FULL_JAR = Path.of("target", "ooxml-schemas", "poi-ooxml-full.jar");
    private static Method validator;

    private OoxmlSchemas() {
    }

    /** The schema errors of every XML part of {@code file}, each line starting with the part's name. */
    public static List<String> errors(Path file) throws Exception {
        return errors(file.getFileName().toString(), Files.readAllBytes(file));
    }

    /** The schema errors of every XML part of the package {@code zip}; {@code name} starts each line. */
    public static List<String> errors(String name, byte[] zip) throws Exception {
        Map<String, byte[]> parts = parts(zip);
        List<String> errors = new ArrayList<>();
        if (parts.isEmpty()) {
            errors.add(name + ": no parts");
        }
        for (Map.Entry<String, byte[]> part : parts.entrySet()) {
            String partName = part.getKey();
            String lower = partName.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".xlsx") || lower.endsWith(".docx")) {
                errors.addAll(errors(name + "!" + partName, part.getValue()));
            } else if ((lower.endsWith(".xml") || lower.endsWith(".rels")) && !NOT_IN_THE_SCHEMAS.contains(partName)) {
                for (String e : validate(part.getValue())) {
                    errors.add(name + "!" + partName + ": " + e);
                }
            }
        }
        return errors;
    }

    /** The names of the parts of {@code zip} that were checked: every XML part but {@link #NOT_IN_THE_SCHEMAS}. */
    public static List<String> checkedParts(byte[] zip) throws IOException {
        return parts(zip).keySet().stream().filter(p -> (p.endsWith(".xml") || p.endsWith(".rels"))
                && !NOT_IN_THE_SCHEMAS.contains(p)).toList();
    }

    private static Map<String, byte[]> parts(byte[] zip) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (!e.isDirectory()) {
                    parts.put(e.getName(), in.readAllBytes());
                }
            }
        }
        return parts;
    }

    @SuppressWarnings("unchecked")
    private static List<String> validate(byte[] xml) throws Exception {
        String[] root = root(xml);
        Method m = validator();
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(m.getDeclaringClass().getClassLoader());
        try {
            return (List<String>) m.invoke(null, root[0], root[1], xml);
        } catch (InvocationTargetException e) {
            return List.of("not read: " + e.getCause());
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    private static String[] root(byte[] xml) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(xml));
        try {
            while (reader.next() != XMLStreamConstants.START_ELEMENT) {
                // skip the prolog
            }
            return new String[] {reader.getNamespaceURI() == null ? "" : reader.getNamespaceURI(), reader.getLocalName()};
        } finally {
            reader.close();
        }
    }

    /** {@link PartValidator#errors} in a class loader with the full schemas, XMLBeans and its logging API only. */
    private static synchronized Method validator() throws Exception {
        if (validator == null) {
            if (!Files.isRegularFile(FULL_JAR)) {
                throw new IllegalStateException(FULL_JAR + " is missing: run the build's generate-test-resources");
            }
            URL[] urls = {FULL_JAR.toUri().toURL(), jarOf("org.apache.xmlbeans.XmlObject"),
                jarOf("org.apache.logging.log4j.LogManager"), jarOf(PartValidator.class.getName())};
            ClassLoader schemas = new URLClassLoader("ooxml-full", urls, ClassLoader.getPlatformClassLoader());
            validator = Class.forName(PartValidator.class.getName(), true, schemas)
                    .getMethod("errors", String.class, String.class, byte[].class);
        }
        return validator;
    }

    private static URL jarOf(String className) throws ClassNotFoundException {
        return Class.forName(className).getProtectionDomain().getCodeSource().getLocation();
    }
}
