package no.abctracker.web.mine.boundary;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * {@code /checkin?code=…}, the check-in address the REST API hands out ({@code CheckIns#pageUrl}),
 * answered with the staff page's check-in form with the code filled in. Changes nothing.
 */
public class CheckInRedirect extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String code = request.getParameter("code");
    response.sendRedirect(
        request.getContextPath()
            + "/min/checkin.xhtml"
            + (code == null || code.isBlank()
                ? ""
                : "?code=" + URLEncoder.encode(code.strip(), StandardCharsets.UTF_8)));
  }
}
