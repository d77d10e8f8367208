package ua.vidguk.poster;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** Lines of text centred on a page, wrapped at spaces to the width between the margins. */
final class PosterText {

    private static final float LEADING = 1.25f;

    private final PDPageContentStream content;
    private final PDFont font;
    private final float pageWidth;
    private final float margin;

    PosterText(PDPageContentStream content, PDFont font, float pageWidth, float margin) {
        this.content = content;
        this.font = font;
        this.pageWidth = pageWidth;
        this.margin = margin;
    }

    /**
     * Draws the text centred, its first line's top at {@code top}.
     *
     * @return where the next text may start, below the last line
     */
    float centred(String text, float size, float[] rgb, float top) throws IOException {
        content.setNonStrokingColor(rgb[0], rgb[1], rgb[2]);
        float baseline = top - size;
        for (String line : wrap(printable(text), size)) {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset((pageWidth - width(line, size)) / 2, baseline);
            content.showText(line);
            content.endText();
            baseline -= size * LEADING;
        }
        // The last line's baseline, less the descent of its letters.
        return baseline + size * LEADING - size * 0.25f;
    }

    /** Words onto lines no wider than the page less its margins; a longer word has a line of its own. */
    List<String> wrap(String text, float size) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String longer = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && width(longer, size) > pageWidth - 2 * margin) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(longer);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    private float width(String text, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /** A character the font has no glyph for (an emoji in a centre's name) prints as '?', not as a failure. */
    private String printable(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(point -> {
            String character = Character.toString(point);
            try {
                font.encode(character);
                out.append(character);
            } catch (IllegalArgumentException | IOException missing) {
                out.append(Character.isWhitespace(point) ? " " : "?");
            }
        });
        return out.toString();
    }
}
