#!/usr/bin/python3
"""Fills the English plural forms of translations/glance-cache-admin_en.ts from the source texts:
"image(s)" becomes "image" / "images", "entry(ies) are" becomes "entry is" / "entries are".
Run after `lupdate -pluralonly`; forms a person already wrote are kept."""
import re
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1] if len(sys.argv) > 1 else 'translations/glance-cache-admin_en.ts'
tree = ET.parse(path)


def forms(source):
    singular = re.sub(r'(\w+)\(ies\)', lambda m: m.group(1) + 'y' if not m.group(1).endswith('y') else m.group(1), source)
    singular = re.sub(r'\(s\)', '', singular)
    plural = re.sub(r'(\w*?)y\(ies\)', r'\1ies', source)
    plural = re.sub(r'\(s\)', 's', plural)
    return singular, plural


for message in tree.iter('message'):
    if message.get('numerus') != 'yes':
        continue
    translation = message.find('translation')
    existing = [f.text for f in translation.findall('numerusform')]
    if existing and all(existing) and translation.get('type') != 'unfinished':
        continue
    for f in list(translation):
        translation.remove(f)
    for text in forms(message.find('source').text):
        ET.SubElement(translation, 'numerusform').text = text
    translation.attrib.pop('type', None)

body = ET.tostring(tree.getroot(), encoding='unicode')
with open(path, 'w', encoding='utf-8') as out:
    out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + '\n')
