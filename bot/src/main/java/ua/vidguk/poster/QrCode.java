package ua.vidguk.poster;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A QR code of one address, made by ZXing: as SVG, as PNG, or as the runs of dark modules a PDF
 * draws as rectangles (vector, so it prints sharp at any size).
 */
final class QrCode {

    static final int MIN_SIZE = 128;
    static final int MAX_SIZE = 2048;
    static final int DEFAULT_SIZE = 512;

    /** A run of dark modules in one row, in modules from the top left (quiet zone included). */
    record Run(int x, int y, int length) {}

    // M (15% may be lost) survives a scuffed or partly covered poster without making the code
    // denser than a phone at arm's length reads; 4 modules of white around it, as the standard asks.
    private static final Map<EncodeHintType, Object> HINTS =
            Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4);

    private final String text;
    private final BitMatrix modules;

    private QrCode(String text, BitMatrix modules) {
        this.text = text;
        this.modules = modules;
    }

    static QrCode of(String text) {
        return new QrCode(text, encode(text, 0));
    }

    /** Modules on a side, quiet zone included. */
    int width() {
        return modules.getWidth();
    }

    List<Run> runs() {
        List<Run> runs = new ArrayList<>();
        for (int y = 0; y < modules.getHeight(); y++) {
            int x = 0;
            while (x < modules.getWidth()) {
                if (!modules.get(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < modules.getWidth() && modules.get(x, y)) {
                    x++;
                }
                runs.add(new Run(start, y, x - start));
            }
        }
        return runs;
    }

    /** @param size the drawing's width and height in pixels; it scales without loss */
    String svg(int size) {
        StringBuilder path = new StringBuilder();
        for (Run run : runs()) {
            path.append('M').append(run.x()).append(',').append(run.y());
            path.append('h')
                    .append(run.length())
                    .append("v1h-")
                    .append(run.length())
                    .append('z');
        }
        return """
                <svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" \
                shape-rendering="crispEdges"><rect width="%d" height="%d" fill="#fff"/>\
                <path fill="#000" d="%s"/></svg>
                """.formatted(size, size, width(), width(), width(), width(), path);
    }

    /** @param size the image's width and height in pixels; modules are whole pixels, centred */
    byte[] png(int size) {
        var out = new ByteArrayOutputStream();
        try {
            MatrixToImageWriter.writeToStream(encode(text, size), "PNG", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static BitMatrix encode(String text, int size) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size, HINTS);
        } catch (WriterException e) {
            // Only text longer than a QR code holds (some 2,000 characters); an address is not.
            throw new IllegalArgumentException("Cannot make a QR code of " + text.length() + " characters", e);
        }
    }
}
