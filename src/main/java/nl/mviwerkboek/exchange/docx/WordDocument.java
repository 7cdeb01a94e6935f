package nl.mviwerkboek.exchange.docx;

import java.util.List;

/**
 * A Word document to write: its cover, the text in the page header (with "CONCEPT" when
 * {@code concept}), the document title for the file's properties, and the body blocks in order.
 */
public record WordDocument(Cover cover, String headerText, boolean concept, String conceptMark, List<Block> body) {

    /** The document with a copy of the blocks. */
    public WordDocument {
        body = List.copyOf(body);
    }

    /** The cover page: title, subtitle, lines such as organisation, period and date, and the status line. */
    public record Cover(String title, String subtitle, List<String> lines, String status) {

        /** The cover with a copy of the lines. */
        public Cover {
            lines = List.copyOf(lines);
        }
    }
}
