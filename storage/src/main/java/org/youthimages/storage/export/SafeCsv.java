package org.youthimages.storage.export;

import org.apache.commons.csv.CSVFormat;

/** CSV for organisers' spreadsheets: RFC 4180 with CRLF, and free text that a spreadsheet would run as a formula
 * (starting with =, +, -, @, a tab or a carriage return) written as text. */
public final class SafeCsv {

    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

    private SafeCsv() {
    }

    public static String text(String value) {
        if (value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }
}
