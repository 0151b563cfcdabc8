#!/usr/bin/python3
"""Fails when a user-visible source string is missing or untranslated in the French or German file.

Usage: check_translations.py LUPDATE SOURCE_ROOT TS_FILE...
lupdate runs on copies of the .ts files, so strings added to the sources since the files were last
updated count as untranslated even if nobody ran lupdate."""
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

lupdate, root, ts_files = sys.argv[1], sys.argv[2], sys.argv[3:]
problems = []
with tempfile.TemporaryDirectory() as tmp:
    for ts in ts_files:
        copy = os.path.join(tmp, os.path.basename(ts))
        shutil.copy(ts, copy)
        subprocess.run([lupdate, '-no-obsolete', '-locations', 'none',
                        os.path.join(root, 'model'), os.path.join(root, 'ui'), os.path.join(root, 'app'),
                        '-ts', copy], check=True, capture_output=True)
        missing = 0
        for context in ET.parse(copy).getroot().iter('context'):
            name = context.findtext('name')
            for message in context.iter('message'):
                translation = message.find('translation')
                forms = [f.text for f in translation.findall('numerusform')] or [translation.text]
                if translation.get('type') in ('unfinished', 'vanished', 'obsolete') or not all(forms):
                    missing += 1
                    if missing <= 20:
                        problems.append('%s: [%s] %r' % (os.path.basename(ts), name, message.findtext('source')))
        if missing > 20:
            problems.append('%s: ... and %d more' % (os.path.basename(ts), missing - 20))
        print('%s: %d untranslated' % (os.path.basename(ts), missing))
if problems:
    print('Untranslated strings (run lupdate, then translate them):')
    print('\n'.join(problems))
    sys.exit(1)
