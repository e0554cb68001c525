package io.parley.chat.adapter.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ByteRangeTest {
    private static final long SIZE = 1_000;

    @ParameterizedTest(name = "{0} -> {1}-{2}")
    @CsvSource(delimiter = '|', value = {
        "bytes=0-99       | 0   | 99",
        "bytes=100-199    | 100 | 199",
        "bytes=990-       | 990 | 999",
        "bytes=-10        | 990 | 999",
        "bytes=-5000      | 0   | 999",
        "bytes=900-5000   | 900 | 999",
        "bytes=999-999    | 999 | 999",
        "BYTES=0-0        | 0   | 0",
        "bytes= 5 - 9     | 5   | 9"})
    void aSingleRangeIsResolvedAgainstTheSize(String header, long first, long last) {
        ByteRange range = ((ByteRange.Part) ByteRange.parse(header, SIZE)).range();
        assertEquals(new ByteRange(first, last), range);
        assertEquals(last - first + 1, range.length());
    }

    @ParameterizedTest
    @ValueSource(strings = {"bytes=1000-", "bytes=1000-1001", "bytes=-0"})
    void aRangeOutsideTheFileCannotBeSatisfied(String header) {
        assertEquals(new ByteRange.Unsatisfiable(), ByteRange.parse(header, SIZE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "bytes=", "bytes=-", "bytes=0-1,5-6", "items=0-5", "bytes=5-3", "bytes=a-5",
        "bytes=abc", "bytes=1-2-3", "bytes=99999999999999999999-"})
    void anythingElseIsIgnoredAndTheWholeFileSent(String header) {
        assertEquals(new ByteRange.Whole(), ByteRange.parse(header, SIZE));
    }

    @Test
    void noHeaderIsTheWholeFileAndAnEmptyFileHasNoSuffix() {
        assertEquals(new ByteRange.Whole(), ByteRange.parse(null, SIZE));
        assertEquals(new ByteRange.Unsatisfiable(), ByteRange.parse("bytes=-1", 0));
        assertEquals("bytes 100-199/1000", new ByteRange(100, 199).contentRange(SIZE));
    }
}
