// Runs EPUBCheck on many files in one Java process: the JVM's start-up
// costs ~8 s on the 2-core test machines (~11 s of CPU), each further file ~0.2 s.
// Used by tests/conftest.py, one process a test session: it reads the
// files to check from standard input, one path a line, and prints
// "=== <file>" before each file's messages and "--- errors=N warnings=M"
// after them. The report's messages go to standard output too, so they
// come between their file's two lines.
import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.util.DefaultReportImpl;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

public class BatchCheck {
    public static void main(String[] args) throws IOException {
        System.setErr(System.out);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String path;
        while ((path = in.readLine()) != null) {
            check(path);
            System.out.flush();
        }
    }

    private static void check(String path) {
        System.out.println("=== " + path);
        DefaultReportImpl report = new DefaultReportImpl(path);
        new EpubCheck(new File(path), report).doValidate();
        System.out.println("--- errors=" + (report.getErrorCount() + report.getFatalErrorCount())
                           + " warnings=" + report.getWarningCount());
    }
}
