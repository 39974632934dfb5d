package cymru.llais.platform;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The suite reads wrk's own report: requests a second, the latency percentiles in their units, and the errors. */
class PortalBenchmarkTest {

    private static final String WRK = """
            Running 20s test @ http://127.0.0.1:8096/outcomes/index.xhtml
              2 threads and 64 connections
              Thread Stats   Avg      Stdev     Max   +/- Stdev
                Latency   120.51ms   80.12ms   1.90s    90.12%
                Req/Sec   270.11     50.23   400.00     70.00%
              Latency Distribution
                 50%  850.00us
                 75%   95.20ms
                 90%  180.00ms
                 99%    1.20s
              10802 requests in 20.03s, 98.50MB read
              Socket errors: connect 1, read 7, write 2, timeout 3
              Non-2xx or 3xx responses: 4
            Requests/sec:    539.29
            Transfer/sec:      4.92MB
            """;

    @Test
    void wrksReportIsReadWithItsUnits() {
        PortalBenchmark.Figures f = PortalBenchmark.parseWrk(WRK);
        assertEquals(539.29, f.perSecond(), 1e-9);
        assertEquals(0.85, f.p50Millis(), 1e-9);
        assertEquals(1200, f.p99Millis(), 1e-9);
        assertEquals(10802, f.requests());
        assertEquals(4 + 1 + 2 + 3, f.errors(), "non-2xx/3xx, connect, write and timeout errors; read errors are closed keep-alives");
    }
}
