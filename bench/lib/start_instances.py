#!/usr/bin/env python3
"""Starts COUNT instances of a process through the engine REST API, 4 at a time, keep-alive.

usage: start_instances.py base_url process_key count user password business_key_prefix variables_json
variables_json is the REST "variables" object; "@KEY@" in a string value becomes the business key.
Business keys are prefix + a six-digit number (1..count). Prints the seconds it took.
"""
import base64
import http.client
import json
import sys
import threading
import time
import urllib.parse

base, key, count, user, password, prefix, variables = sys.argv[1:8]
count = int(count)
url = urllib.parse.urlparse(base)
auth = "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()
failures = []
lock = threading.Lock()
next_number = [0]


def take():
    with lock:
        next_number[0] += 1
        return next_number[0] if next_number[0] <= count else None


def worker():
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=60)
    while (n := take()) is not None:
        business_key = f"{prefix}{n:06d}"
        body = json.dumps({"businessKey": business_key,
                           "variables": json.loads(variables.replace("@KEY@", business_key))})
        conn.request("POST", f"/engine-rest/process-definition/key/{key}/start", body,
                     {"Content-Type": "application/json", "Authorization": auth})
        response = conn.getresponse()
        text = response.read()
        if response.status != 200:
            with lock:
                failures.append(f"{business_key}: {response.status} {text[:300]!r}")


t0 = time.time()
threads = [threading.Thread(target=worker) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
if failures:
    print(f"{len(failures)} starts failed, first: {failures[0]}", file=sys.stderr)
    sys.exit(1)
print(f"{time.time() - t0:.1f}")
