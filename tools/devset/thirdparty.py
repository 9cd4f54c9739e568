"""thirdparty.py REPO BASE: 10-character windows of the lines added since BASE (tests, code, comments)
that occur in a development page's text (DEVSET, default /work/devset).
Prints each hit and their count; must print 0."""

import glob
import os
import re
import subprocess
import sys

WINDOW = 10
# official names, no third party's words: the epidemic's name as the state wrote it
# and the official names of national bodies
OFFICIAL = [
    *("防控新型冠状病毒感染肺炎疫情", "应对新型冠状病毒感染肺炎疫情", "新型冠状病毒感染的肺炎疫情"),
    *("中华人民共和国海关总署", "国务院联防联控机制", "中国红十字会总会"),
]
CJK = re.compile(r"[\u4e00-\u9fff]")


def main(repo, base):
    command = ["git", "-C", repo, "diff", base, "--", "."]
    diff = subprocess.run(command, capture_output=True, text=True, check=True).stdout  # noqa: S603,S607 (our git)
    added = [line[1:] for line in diff.splitlines() if line.startswith("+") and not line.startswith("+++")]
    pages = []
    for path in glob.glob(os.path.join(os.environ.get("DEVSET", "/work/devset"), "heldout*", "*.txt")):
        with open(path, encoding="utf-8") as f:
            pages.append((path, re.sub(r"\s+", "", f.read())))
    hits = 0
    for line in added:
        text = re.sub(r"\s+", "", line)
        seen = set()
        for i in range(len(text) - WINDOW + 1):
            w = text[i : i + WINDOW]
            if len(CJK.findall(w)) < 8 or w in seen or any(w in o for o in OFFICIAL):
                continue
            for path, page in pages:
                if w in page:
                    seen.add(w)
                    hits += 1
                    print("/".join(path.split("/")[-2:]), "|", w, "|", line.strip()[:90])
                    break
    print(hits)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
