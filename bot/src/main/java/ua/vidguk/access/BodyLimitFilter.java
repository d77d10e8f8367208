package ua.vidguk.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a body larger than its endpoint takes with 413, before anyone reads it: a declared
 * length over the limit is refused unread, and a streamed (chunked) body is read up to the limit
 * and no further. Runs before security, so a stranger's gigabyte costs the heap at most one limit.
 * Form posts are left to the server's own form limit ({@code server.tomcat.max-http-form-post-size}),
 * which the server applies while it parses them.
 */
class BodyLimitFilter extends OncePerRequestFilter {

    /** The CSV import reads its rows as they arrive, in constant memory: it has no limit. */
    static final String STREAMED = "/api/v1/visits/import";

    private final AccessProperties.BodyLimit limits;
    private final Problems problems;

    BodyLimitFilter(AccessProperties.BodyLimit limits, Problems problems) {
        this.limits = limits;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        long declared = request.getContentLengthLong();
        boolean streamed = declared < 0 && request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
        if (path.equals(STREAMED) || (declared <= 0 && !streamed)) {
            chain.doFilter(request, response);
            return;
        }
        long limit = limitFor(path).toBytes();
        if (declared > limit) {
            tooLarge(request, response, limit);
        } else if (streamed && !isForm(request)) {
            byte[] body = request.getInputStream().readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
            if (body.length > limit) {
                tooLarge(request, response, limit);
            } else {
                chain.doFilter(new ReadBody(request, body), response);
            }
        } else {
            chain.doFilter(request, response);
        }
    }

    private org.springframework.util.unit.DataSize limitFor(String path) {
        if (path.startsWith("/webhooks/")) {
            return limits.webhook();
        }
        return path.startsWith("/api/") ? limits.api() : limits.page();
    }

    // The rest of the body is not read: the connection is closed instead of drained.
    private void tooLarge(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException {
        response.setHeader(HttpHeaders.CONNECTION, "close");
        problems.write(
                request,
                response,
                HttpStatus.CONTENT_TOO_LARGE,
                "The body is larger than this endpoint takes (at most " + limit + " bytes).");
    }

    private static boolean isForm(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(MediaType.parseMediaType(type));
    }

    /** A streamed body that was read whole (within its limit) to be measured, handed on as read. */
    private static final class ReadBody extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            var in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("The body was already read");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
