package no.abctracker.access.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import no.abctracker.configuration.Settings;
import no.abctracker.problems.PayloadTooLarge;
import no.abctracker.problems.ProblemResponses;
import no.abctracker.web.faces.PageFailures;

/**
 * Refuses request bodies over {@code ABC_MAX_BODY_MB} with 413 before they are read whole (pages,
 * {@code /api/v1}, {@code /xapi}): at once when {@code Content-Length} says so, else (a chunked
 * body) as soon as the body read so far passes the limit. A body over MariaDB's packet size used to
 * break the pooled connection it was written with, and every request after it for seconds. The rest
 * of a refused body is discarded by the container as it arrives, never held in memory.
 */
public class BodyLimit extends HttpFilter {

  @Inject Settings settings;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    long limit = settings.maxBodyBytes();
    if (request.getContentLengthLong() > limit) {
      refuse(request, response, new PayloadTooLarge(limit));
      return;
    }
    try {
      chain.doFilter(new Counted(request, limit), response);
    } catch (IOException | ServletException | RuntimeException failure) {
      Optional<PayloadTooLarge> tooLarge = tooLarge(failure, limit);
      if (tooLarge.isEmpty() || response.isCommitted()) {
        throw failure;
      }
      refuse(request, response, tooLarge.get());
    }
  }

  /**
   * The refusal behind {@code failure}: ours, or the container's own limit on multipart uploads
   * (the pages' {@code multipart-config}), which it reports as an {@code IllegalStateException}.
   */
  private static Optional<PayloadTooLarge> tooLarge(Throwable failure, long limit) {
    Optional<PayloadTooLarge> ours = PayloadTooLarge.among(failure);
    if (ours.isPresent()) {
      return ours;
    }
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof IllegalStateException && String.valueOf(t.getMessage()).contains("size")) {
        return Optional.of(new PayloadTooLarge(limit));
      }
    }
    return Optional.empty();
  }

  private static void refuse(
      HttpServletRequest request, HttpServletResponse response, PayloadTooLarge problem)
      throws IOException {
    response.reset();
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith("/api/") || path.startsWith("/xapi/")) {
      var answer = ProblemResponses.of(problem);
      response.setStatus(answer.getStatus());
      response.setContentType(ProblemResponses.PROBLEM_JSON);
      response
          .getOutputStream()
          .write(answer.getEntity().toString().getBytes(StandardCharsets.UTF_8));
      return;
    }
    // Not the Faces error page: rendering it would read the refused form body after all.
    PageFailures.plainPage(request, response, problem.status(), "413");
  }

  /** The request with a body stream that refuses to read past the limit. */
  private static final class Counted extends HttpServletRequestWrapper {

    private final long limit;
    private ServletInputStream stream;

    Counted(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new CountingStream(super.getInputStream(), limit);
      }
      return stream;
    }

    @Override
    public BufferedReader getReader() throws IOException {
      String encoding = getCharacterEncoding();
      Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
      return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }
  }

  /** Counts the bytes read and fails with {@link PayloadTooLarge} past the limit. */
  static final class CountingStream extends ServletInputStream {

    private final ServletInputStream in;
    private final long limit;
    private long read;

    CountingStream(ServletInputStream in, long limit) {
      this.in = in;
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) {
      read += n;
      if (read > limit) {
        throw new PayloadTooLarge(limit);
      }
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
