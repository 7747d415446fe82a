package org.partnershipledger.api.web;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A CSV download: RFC 4180 (comma separated, CRLF line ends, fields quoted when needed), UTF-8, a header row with
 * stable column names. Empty fields stand for "none"; decimals are written in full, never in exponent form.
 */
public final class Csv {

    public static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private Csv() {
    }

    public static ResponseEntity<String> attachment(String filename, List<String> headers,
                                                    List<? extends List<?>> rows) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out,
                CSVFormat.RFC4180.builder().setHeader(headers.toArray(String[]::new)).get())) {
            for (List<?> row : rows) {
                if (row.size() != headers.size()) {
                    throw new IllegalArgumentException("a row of " + row.size() + " fields under " + headers.size()
                            + " headers in " + filename);
                }
                printer.printRecord(row.stream().map(Csv::field).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok()
                .contentType(TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
                .body(out.toString());
    }

    private static String field(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return value.toString();
    }
}
