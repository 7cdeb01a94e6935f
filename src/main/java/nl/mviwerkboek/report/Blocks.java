package nl.mviwerkboek.report;

import java.util.ArrayList;
import java.util.List;
import nl.mviwerkboek.exchange.docx.Block;
import nl.mviwerkboek.shared.i18n.Messages;

/** Collects the blocks of a document body, skipping empty texts and lists. */
final class Blocks {

    private final List<Block> list = new ArrayList<>();
    private char appendix = 'A';
    private boolean inAppendix;

    /** A chapter heading, numbered by Word's heading numbering ("3. Spendanalyse"); its sections too ("3.1"). */
    Blocks chapter(String title) {
        inAppendix = false;
        return heading(1, title);
    }

    /** A chapter heading without a number, before the numbered chapters ("Wijzigingen sinds de vaststelling"). */
    Blocks unnumbered(String title) {
        list.add(new Block.Heading(1, title, false));
        inAppendix = false;
        return this;
    }

    /** An appendix heading, not numbered by Word: "Bijlage A – Actielijst"; nor are its sections. */
    Blocks appendix(String title) {
        inAppendix = true;
        return heading(1, Messages.get("doc.appendix", String.valueOf(appendix++), title));
    }

    Blocks heading(int level, String text) {
        list.add(new Block.Heading(level, text, !inAppendix));
        return this;
    }

    Blocks h2(String text) {
        return heading(2, text);
    }

    Blocks h3(String text) {
        return heading(3, text);
    }

    Blocks p(String text) {
        if (text != null && !text.isBlank()) {
            list.add(Block.Text.of(text.strip()));
        }
        return this;
    }

    Blocks note(String text) {
        if (text != null && !text.isBlank()) {
            list.add(Block.Text.note(text.strip()));
        }
        return this;
    }

    Blocks labelled(String label, String value) {
        if (value != null && !value.isBlank()) {
            list.add(Block.Text.labelled(label, value.strip()));
        }
        return this;
    }

    Blocks bullets(List<String> items) {
        if (!items.isEmpty()) {
            list.add(new Block.Bullets(items));
        }
        return this;
    }

    /** A table, or {@code whenEmpty} as a note when there are no rows. */
    Blocks table(List<Block.Column> columns, List<List<String>> rows, String caption, String whenEmpty) {
        if (rows.isEmpty()) {
            return note(whenEmpty);
        }
        list.add(new Block.Table(columns, rows, caption));
        return this;
    }

    Blocks add(Block block) {
        list.add(block);
        return this;
    }

    List<Block> list() {
        return List.copyOf(list);
    }
}
