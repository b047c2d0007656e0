#!/usr/bin/env python3
"""Fills the English plural forms that `lupdate -pluralonly` leaves empty.

English has two forms: "(s)" becomes "" or "s", and "were" after a count
becomes "was" in the singular. Run after:
  /usr/lib/qt6/bin/lupdate -pluralonly app ui -ts translations/wanstudio_en.ts
"""
import re
import sys

path = sys.argv[1] if len(sys.argv) > 1 else "translations/wanstudio_en.ts"
text = open(path, encoding="utf-8").read()


def fill_message(match):
    message = match.group(0)
    if 'type="unfinished"' not in message or "<numerusform></numerusform>" not in message:
        return message
    source = re.search(r"<source>(.*?)</source>", message, flags=re.S).group(1)
    one = source.replace("(s)", "").replace(" were ", " was ").replace("Send them now?", "Send it now?")
    many = source.replace("(s)", "s")
    translation = ("<translation>\n            <numerusform>%s</numerusform>\n"
                   "            <numerusform>%s</numerusform>\n        </translation>" % (one, many))
    return re.sub(r'<translation type="unfinished">.*?</translation>', lambda _: translation, message, flags=re.S)


text = re.sub(r"<message numerus=\"yes\">.*?</message>", fill_message, text, flags=re.S)
open(path, "w", encoding="utf-8").write(text)
