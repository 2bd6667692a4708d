package dev.ordo.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;

/** The small limit everywhere, and the larger ones of {@code ordo.web.large-bodies} on their paths alone. */
class BodySizeLimitFilterTest {

    private final BodySizeLimitFilter filter = new BodySizeLimitFilter(
            DataSize.ofKilobytes(1),
            List.of(
                    new OrdoWebProperties.LargeBodies(
                            List.of("/api/v1/comments/*/attachments"), DataSize.ofKilobytes(8)),
                    new OrdoWebProperties.LargeBodies(List.of("/api/v1/imports/**"), DataSize.ofKilobytes(4))),
            new ProblemResponseWriter(JsonMapper.builder().build()));

    @Test
    void aPathOfALargeBodiesEntryTakesItsLimitAndEveryOtherPathTheSmallOne() {
        assertThat(filter.limitFor(post("/api/v1/comments/42/attachments"))).isEqualTo(8 * 1024);
        assertThat(filter.limitFor(post("/api/v1/imports/todoist/file"))).isEqualTo(4 * 1024);
        assertThat(filter.limitFor(post("/api/v1/comments/42"))).isEqualTo(1024);
        assertThat(filter.limitFor(post("/api/v1/comments/42/attachments/more")))
                .isEqualTo(1024);
        assertThat(filter.limitFor(post("/api/v1/tasks"))).isEqualTo(1024);
    }

    @Test
    void aLengthOverThePathsLimitIsRefusedAt413BeforeTheBodyIsRead() throws Exception {
        MockHttpServletRequest request = post("/api/v1/comments/42/attachments");
        request.setContent(new byte[9 * 1024]);
        MockHttpServletResponse response = new MockHttpServletResponse();
        AtomicLong reached = new AtomicLong();

        filter.doFilter(request, response, (req, res) -> reached.incrementAndGet());

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(reached).hasValue(0);
    }

    @Test
    void aLengthWithinThePathsLimitPassesThoughItIsOverTheSmallOne() throws Exception {
        MockHttpServletRequest request = post("/api/v1/comments/42/attachments");
        request.setContent(new byte[7 * 1024]);
        MockHttpServletResponse response = new MockHttpServletResponse();
        AtomicLong read = new AtomicLong();

        filter.doFilter(
                request, response, (req, res) -> read.set(req.getInputStream().readAllBytes().length));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(read).hasValue(7 * 1024);
    }

    @Test
    void theSameLengthToAnotherPathIsRefused() throws Exception {
        MockHttpServletRequest request = post("/api/v1/comments/42");
        request.setContent(new byte[7 * 1024]);
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(request, response, (req, res) -> req.getInputStream().readAllBytes());

        assertThat(response.getStatus()).isEqualTo(413);
    }

    @Test
    void aBodyWithoutALengthIsCountedWhileReadAgainstThePathsLimit() throws Exception {
        MockHttpServletRequest large = chunked("/api/v1/comments/42/attachments", 9 * 1024);
        assertThatThrownBy(() -> filter.doFilter(
                        large, new MockHttpServletResponse(), (req, res) -> drain(req.getInputStream())))
                .isInstanceOf(BodySizeLimitFilter.BodyTooLargeException.class)
                .hasMessageContaining("8192");

        MockHttpServletRequest fits = chunked("/api/v1/comments/42/attachments", 7 * 1024);
        AtomicLong read = new AtomicLong();
        filter.doFilter(fits, new MockHttpServletResponse(), (req, res) -> read.set(drain(req.getInputStream())));
        assertThat(read).hasValue(7 * 1024);
    }

    private static MockHttpServletRequest post(String path) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        request.setContentType("application/octet-stream");
        return request;
    }

    /** A body whose length the request does not say (as with Transfer-Encoding: chunked). */
    private static MockHttpServletRequest chunked(String path, int length) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path) {
            @Override
            public long getContentLengthLong() {
                return -1;
            }

            @Override
            public int getContentLength() {
                return -1;
            }
        };
        request.setContent(new byte[length]);
        return request;
    }

    private static long drain(InputStream in) throws IOException {
        long total = 0;
        byte[] buffer = new byte[1000];
        for (int n; (n = in.read(buffer)) >= 0; ) {
            total += n;
        }
        return total;
    }
}
