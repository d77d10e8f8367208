package ua.vidguk.poster;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import ua.vidguk.cnap.Cnap;

/**
 * A centre's A4 poster: its name, what the code is for, the QR code drawn as vector rectangles, the
 * address under it for those who cannot scan, and the centre's code. The font is LiberationSans
 * (SIL Open Font License), which PDFBox's own jar ships, embedded as a subset: Cyrillic prints the
 * same on any printer, and the text can be extracted back.
 */
final class PosterPdf {

    static final String TITLE = "Оцініть, як вас обслужили";
    static final String INVITATION = "Скануйте код камерою телефона — кілька коротких питань, без реєстрації";
    static final String IN_ENGLISH =
            "Rate your visit: scan the code with your phone's camera. A few short questions, no sign-up.";
    static final String CODE_LABEL = "Код центру: ";

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final byte[] FONT_BYTES = read(FONT);

    private static final PDRectangle A4 = PDRectangle.A4;
    private static final float MARGIN = 56;
    private static final float QR_SIDE = 340;
    private static final float[] BLUE = {0f, 87 / 255f, 183 / 255f};
    private static final float[] YELLOW = {1f, 215 / 255f, 0f};
    private static final float[] INK = {0.1f, 0.1f, 0.1f};
    private static final float[] GREY = {0.3f, 0.3f, 0.3f};

    private PosterPdf() {}

    /** The poster's PDF, some 15 KB, made whole before any of it is sent. */
    static byte[] render(Cnap centre, String address) {
        var out = new ByteArrayOutputStream();
        try (var document = new PDDocument()) {
            var page = new PDPage(A4);
            document.addPage(page);
            document.getDocumentCatalog().setLanguage("uk");
            document.getDocumentInformation().setTitle(TITLE + " — " + centre.name());
            document.getDocumentInformation().setCreator("Vidguk");
            PDType0Font font = PDType0Font.load(document, new ByteArrayInputStream(FONT_BYTES));
            try (var content = new PDPageContentStream(document, page)) {
                draw(new PosterText(content, font, A4.getWidth(), MARGIN), content, centre, address);
            }
            document.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void draw(PosterText text, PDPageContentStream content, Cnap centre, String address)
            throws IOException {
        float width = A4.getWidth();
        float top = A4.getHeight();
        // The flag's two stripes: who the poster is from, without a logo.
        fill(content, BLUE, 0, top - 16, width, 16);
        fill(content, YELLOW, 0, top - 32, width, 16);

        float y = top - 90;
        y = text.centred(centre.name(), 24, INK, y);
        y = text.centred(TITLE, 34, BLUE, y - 26);
        y = text.centred(INVITATION, 17, INK, y - 8);

        float qrTop = y - 16;
        QrCode qr = QrCode.of(address);
        float module = QR_SIDE / qr.width();
        float left = (width - QR_SIDE) / 2;
        content.setNonStrokingColor(0f, 0f, 0f);
        for (QrCode.Run run : qr.runs()) {
            content.addRect(left + run.x() * module, qrTop - (run.y() + 1) * module, run.length() * module, module);
        }
        content.fill();

        y = text.centred(address, 15, INK, qrTop - QR_SIDE - 6);
        y = text.centred(CODE_LABEL + centre.code(), 13, GREY, y - 6);
        text.centred(IN_ENGLISH, 11, GREY, Math.min(y - 30, MARGIN + 40));
    }

    private static void fill(PDPageContentStream content, float[] rgb, float x, float y, float w, float h)
            throws IOException {
        content.setNonStrokingColor(rgb[0], rgb[1], rgb[2]);
        content.addRect(x, y, w, h);
        content.fill();
    }

    private static byte[] read(String resource) {
        try (InputStream in = Objects.requireNonNull(
                PosterPdf.class.getResourceAsStream(resource), "PDFBox's jar ships " + resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
