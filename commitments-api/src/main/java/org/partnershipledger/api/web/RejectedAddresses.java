package org.partnershipledger.api.web;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedHandler;

import java.io.IOException;

/**
 * Addresses the service will not route — encoded slashes, {@code ..}, {@code ;}, NUL and other control characters,
 * broken UTF-8 — are refused before any controller sees them, by Tomcat or by Spring Security's firewall. Both
 * answer here with the same {@code 400} problem document as every other refusal, never an HTML page.
 */
@Configuration(proxyBeanMethods = false)
class RejectedAddresses {

    static final String TITLE = "Malformed request";
    static final String CODE = "request.address-rejected";
    static final String DETAIL = "the address holds characters or sequences the ledger does not accept "
            + "(encoded slashes, '..', ';', control characters or broken UTF-8)";

    @Bean
    RequestRejectedHandler rejectedByTheFirewall() {
        return (request, response, rejected) -> ProblemResponse.write(request, response, HttpStatus.BAD_REQUEST,
                TITLE, CODE, DETAIL);
    }

    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> rejectedByTomcat() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemReportValve.class.getName());
            }
        });
    }

    /** Tomcat's own error answers (those no servlet produced) as problem documents. */
    public static class ProblemReportValve extends ErrorReportValve {

        @Override
        protected void report(Request request, Response response, Throwable failure) {
            int status = response.getStatus();
            if (status < 400 || response.isCommitted() || response.getContentWritten() > 0) {
                return;
            }
            HttpStatus known = HttpStatus.resolve(status);
            try {
                response.setCharacterEncoding("UTF-8");
                ProblemResponse.write(request, (HttpServletResponse) response.getResponse(),
                        known == null ? HttpStatus.BAD_REQUEST : known,
                        known == HttpStatus.BAD_REQUEST || known == null ? TITLE : known.getReasonPhrase(),
                        known == HttpStatus.BAD_REQUEST || known == null ? CODE : "request.refused",
                        known == HttpStatus.BAD_REQUEST || known == null ? DETAIL : known.getReasonPhrase());
            } catch (IOException | IllegalStateException notWritable) {
                // the connection is gone or the answer already started: nothing more to say
            }
        }
    }
}
