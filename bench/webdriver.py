"""A minimal W3C WebDriver client (the standard library only) for the UI benchmark: drives chromedriver's HTTP API."""
import base64
import json
import time
import urllib.request


class Browser:
    def __init__(self, driver='http://127.0.0.1:9515', width=1400, height=1000):
        self.driver = driver
        caps = {'capabilities': {'alwaysMatch': {'goog:chromeOptions': {
            'binary': '/usr/bin/chromium',
            'args': ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--lang=zh-CN',
                     '--window-size=%d,%d' % (width, height)]}}}}
        self.session = self._call('POST', '/session', caps)['sessionId']

    def _call(self, method, path, body=None):
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(self.driver + path, method=method, data=data,
                                         headers={'Content-Type': 'application/json'})
        with urllib.request.urlopen(request) as answer:
            return json.load(answer)['value']

    def _s(self, path):
        return '/session/' + self.session + path

    def go(self, url):
        self._call('POST', self._s('/url'), {'url': url})

    def js(self, script, *args):
        return self._call('POST', self._s('/execute/sync'), {'script': script, 'args': list(args)})

    def wait_js(self, script, timeout=30.0):
        end = time.time() + timeout
        while time.time() < end:
            value = self.js(script)
            if value:
                return value
            time.sleep(0.02)
        raise TimeoutError(script)

    def type(self, css, text):
        self.wait_js('return !!document.querySelector(%s)' % json.dumps(css))
        element = list(self._call('POST', self._s('/element'), {'using': 'css selector', 'value': css}).values())[0]
        self._call('POST', self._s('/element/%s/value' % element), {'text': text})

    def click(self, css):
        element = list(self._call('POST', self._s('/element'), {'using': 'css selector', 'value': css}).values())[0]
        self._call('POST', self._s('/element/%s/click' % element), {})

    def screenshot(self, path):
        with open(path, 'wb') as f:
            f.write(base64.b64decode(self._call('GET', self._s('/screenshot'))))

    def quit(self):
        self._call('DELETE', self._s(''))
