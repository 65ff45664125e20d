// Runs EPUBCheck on many files in one Java process: the JVM's start-up
// costs ~8 s on the 2-core test machines, each further file ~0.2 s.
// Used by tests/conftest.py; prints "=== <file>" before each file's
// messages and "--- errors=N warnings=M" after them.
import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.util.DefaultReportImpl;
import java.io.File;

public class BatchCheck {
    public static void main(String[] args) {
        for (String path : args) {
            System.out.println("=== " + path);
            DefaultReportImpl report = new DefaultReportImpl(path);
            new EpubCheck(new File(path), report).doValidate();
            System.out.println("--- errors=" + (report.getErrorCount() + report.getFatalErrorCount())
                               + " warnings=" + report.getWarningCount());
        }
    }
}
