#!/usr/bin/env python3
"""Fills unfinished translations of a Qt Linguist file from a JSON map {source: translation} or from another
.ts file (same sources), e.g. after lupdate met new strings or after a merge took one side's file.

  translations/fill_translations.py translations/remitente_es.ts (MAP.json | OTHER.ts)
"""
import html
import json
import re
import sys
from pathlib import Path

MESSAGE = re.compile(r'(<message[^>]*>(?:(?!</message>).)*?<source>((?:(?!</source>).)*)</source>\s*)'
                     r'<translation type="unfinished">(?:(?!</translation>).)*</translation>', re.S)
FINISHED = re.compile(r'<source>((?:(?!</source>).)*)</source>\s*<translation>((?:(?!</translation>).)*)'
                      r'</translation>', re.S)


def known_translations(path):
    text = Path(path).read_text(encoding='utf-8')
    if path.endswith('.json'):
        return {html.escape(k, quote=True).replace('&#x27;', "'"): html.escape(v, quote=True).replace('&#x27;', "'")
                for k, v in json.loads(text).items()}
    return {source: translation for source, translation in FINISHED.findall(text)}


def main():
    target, source = sys.argv[1], sys.argv[2]
    known = known_translations(source)
    text = Path(target).read_text(encoding='utf-8')
    filled = 0

    def fill(match):
        nonlocal filled
        translation = known.get(match.group(2))
        if translation is None:
            return match.group(0)
        filled += 1
        return f'{match.group(1)}<translation>{translation}</translation>'

    text = MESSAGE.sub(fill, text)
    Path(target).write_text(text, encoding='utf-8')
    left = len(MESSAGE.findall(text))
    print(f'{filled} filled, {left} still unfinished')
    return 0 if left == 0 else 1


if __name__ == '__main__':
    sys.exit(main())
