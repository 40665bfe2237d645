package org.edugov.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.edugov.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A file over the upload limit, sent over real HTTP as a browser sends it: the person gets the refusal page
 * naming the limit (413), not a reset connection or a CSRF refusal.
 */
@IntegrationTest
class PupilImportUploadLimitTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*content=\"([^\"]+)\"|"
            + "name=\"_csrf\" value=\"([^\"]+)\"");
    private static final long LIMIT = 200L * 1024 * 1024;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    @Test
    void aFileOverTheLimitIsRefusedWithTheLimitNamed() throws Exception {
        String login = get("/login");
        post("/login", "application/x-www-form-urlencoded", HttpRequest.BodyPublishers.ofString(
                "username=county_admin_1&password=edugov2026demo&_csrf="
                        + URLEncoder.encode(csrf(login), StandardCharsets.UTF_8)));
        String page = get("/registry/pupils/import");
        String action = Pattern.compile("id=\"import-form\"[^>]*action=\"([^\"]+)\"|action=\"([^\"]+)\"[^>]*id=\"import-form\"")
                .matcher(page).results().map(m -> m.group(1) != null ? m.group(1) : m.group(2)).findFirst()
                .orElseThrow().replace("&amp;", "&");
        // as a browser sends it: the declared length is over the limit, the token comes after the file
        assertRefused(upload(action, csrf(page), true));
        // without a declared length the size is found while Tomcat parses the body for the CSRF token
        assertRefused(upload(action, csrf(page), false));
    }

    private HttpResponse<String> upload(String action, String token, boolean declareLength) throws Exception {
        String boundary = "----edugov-limit-test";
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n";
        String tail = "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
                + token + "\r\n--" + boundary + "--\r\n";
        long size = LIMIT + 1024 * 1024;
        InputStream body = new SequenceInputStream(new SequenceInputStream(stream(head), new Zeros(size)), stream(tail));
        HttpRequest.BodyPublisher publisher = HttpRequest.BodyPublishers.ofInputStream(() -> body);
        if (declareLength) {
            publisher = HttpRequest.BodyPublishers.fromPublisher(publisher,
                    head.getBytes(StandardCharsets.UTF_8).length + size + tail.getBytes(StandardCharsets.UTF_8).length);
        }
        return post(action, "multipart/form-data; boundary=" + boundary, publisher);
    }

    private static void assertRefused(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("上传的文件超过大小限制（200 MB）");
    }

    private String get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Accept-Language", "zh-CN").build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private HttpResponse<String> post(String path, String type, HttpRequest.BodyPublisher body) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", type)
                .header("Accept-Language", "zh-CN").POST(body).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            throw new AssertionError("no CSRF token on the page");
        }
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    private static InputStream stream(String s) {
        return new java.io.ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    /** Text bytes without end, up to a length, without holding them in memory. */
    private static final class Zeros extends InputStream {
        private long left;

        Zeros(long length) {
            left = length;
        }

        @Override
        public int read() {
            return left-- > 0 ? '0' : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(len, left);
            java.util.Arrays.fill(b, off, off + n, (byte) '0');
            left -= n;
            return n;
        }
    }
}
