package io.newsline.ingest.extract.body;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Prints which element the body locator chose for each page given, with its ancestors: a tuning aid. */
public final class LocateDebugMain {
    private LocateDebugMain() {}

    public static void main(String[] args) throws Exception {
        for (String arg : args) {
            Path page = Path.of(arg);
            Document document;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
                document = Jsoup.parse(in, null, "");
            }
            BodyLocator.Result result =
                    new BodyLocator(MainTextSettings.defaults(), new ElementClassifier(), true, true).locate(document.body());
            System.out.println(page.getFileName() + " score=" + result.score() + " prose=" + result.proseChars());
            for (Element e = result.body(); e != null; e = e.parent()) {
                System.out.println("   " + e.cssSelector().replaceAll(".*> ", "") + " class=" + e.className());
            }
        }
    }
}
