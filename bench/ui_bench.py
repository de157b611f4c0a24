"""Helper of bench/ui: logs in as a user and loads the workbench page afresh N times in headless Chromium, printing
the medians of first contentful paint (the browser's own paint timing) and of the moment the to-dos are filled in
(the status line leaves its loading text), both from navigation start, in ms.
Usage: ui_bench.py <base url> <user> <runs> <label>"""
import statistics
import sys

from webdriver import Browser

FILLED = ("const s = document.getElementById('workbench-status');"
          " return s && !s.textContent.startsWith('正在') ? performance.now() : null")
FCP = ("const p = performance.getEntriesByName('first-contentful-paint')[0]; return p ? p.startTime : null")


def main():
    base, user, runs, label = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
    b = Browser()
    try:
        b.go(base + '/login')
        b.type('#username input', user)
        b.type('#password input', user)
        b.click('#login')
        b.wait_js("return !!document.getElementById('todo-grid')")
        fcp, filled, items = [], [], ''
        for i in range(runs + 2):
            b.go(base + '/workbench')
            f = b.wait_js(FCP)
            done = b.wait_js(FILLED, 60)
            items = b.js("return document.getElementById('workbench-status').textContent")
            if i >= 2:  # two warm-ups
                fcp.append(f)
                filled.append(done)
        print('%s_fcp_ms=%.1f' % (label, statistics.median(fcp)))
        print('%s_filled_ms=%.1f' % (label, statistics.median(filled)))
        print('%s_status=%s' % (label, items))
    finally:
        b.quit()


if __name__ == '__main__':
    main()
