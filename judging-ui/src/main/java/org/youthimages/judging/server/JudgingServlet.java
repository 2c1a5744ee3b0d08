package org.youthimages.judging.server;

import jakarta.servlet.http.HttpServlet;

/** A plain servlet beside Vaadin in the judging server (for what Vaadin should not serve, such as media). */
public interface JudgingServlet {

    /** Servlet path spec, e.g. {@code /media/*}. */
    String pathSpec();

    HttpServlet servlet();
}
