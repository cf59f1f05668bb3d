package org.jsoup.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class CountingListTest {

    private static final String[] NAMES = {"div", "p", "b", "i", "td", "table", "a", "span"};

    @Test
    void saysNotThereOnlyForWhatItDoesNotHoldWhileGrowingPastAndShrinkingBelowItsCountingSize() {
        Random random = new Random(17);
        List<Element> pool = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            pool.add(new Element(NAMES[i % NAMES.length]));
        }
        BoundedHtmlTreeBuilder.CountingList list = new BoundedHtmlTreeBuilder.CountingList(List.of());
        List<Element> plain = new ArrayList<>();
        boolean counted = false;
        boolean stoppedCounting = false;
        for (int step = 0; step < 20_000; step++) {
            // drift the size up and down across the counting size, in phases
            boolean growing = (step / 500) % 2 == 0;
            int op = random.nextInt(10);
            Element e = random.nextInt(8) == 0 ? null : pool.get(random.nextInt(pool.size()));
            if (op < (growing ? 6 : 3) || plain.isEmpty()) {
                if (random.nextBoolean() || plain.isEmpty()) {
                    list.add(e);
                    plain.add(e);
                } else {
                    int at = random.nextInt(plain.size());
                    list.add(at, e);
                    plain.add(at, e);
                }
            } else if (op < 8) {
                int at = random.nextInt(plain.size());
                assertThat(list.remove(at)).isSameAs(plain.remove(at));
            } else if (op < 9) {
                int at = random.nextInt(plain.size());
                assertThat(list.set(at, e)).isSameAs(plain.set(at, e));
            } else {
                Object target = pool.get(random.nextInt(pool.size()));
                assertThat(list.remove(target)).isEqualTo(plain.remove(target));
            }
            if (step % 997 == 0 && !plain.isEmpty()) {
                Iterator<Element> it = list.iterator();
                it.next();
                it.remove();
                plain.remove(0);
            }
            counted |= list.counting();
            stoppedCounting |= counted && !list.counting();
            assertThat(list).containsExactlyElementsOf(plain);
            for (Element candidate : pool) {
                if (!list.holds(candidate)) {
                    assertThat(plain).doesNotContain(candidate);
                }
            }
            for (String name : NAMES) {
                if (!list.holds(name)) {
                    assertThat(plain).noneMatch(x -> x != null && x.normalName().equals(name));
                }
            }
            // paragraphs are counted at every size: "not there" exactly when none is
            assertThat(list.holds("p"))
                    .isEqualTo(plain.stream().anyMatch(x -> x != null && x.normalName().equals("p")));
        }
        assertThat(counted).isTrue();
        assertThat(stoppedCounting).isTrue();
    }

    @Test
    void countsOnlyFromItsCountingSize() {
        BoundedHtmlTreeBuilder.CountingList list = new BoundedHtmlTreeBuilder.CountingList(List.of());
        for (int i = 0; i < BoundedHtmlTreeBuilder.CountingList.COUNT_FROM - 1; i++) {
            list.add(new Element("div"));
        }
        assertThat(list.counting()).isFalse();
        assertThat(list.holds("b")).isTrue(); // may be there: the caller walks
        assertThat(list.holds("p")).isFalse(); // paragraphs are counted at every size
        list.add(new Element("div"));
        assertThat(list.counting()).isTrue();
        assertThat(list.holds("p")).isFalse();
        assertThat(list.holds("div")).isTrue();
        while (list.size() >= BoundedHtmlTreeBuilder.CountingList.COUNT_FROM / 2) {
            list.remove(list.size() - 1);
        }
        assertThat(list.counting()).isFalse();
    }
}
