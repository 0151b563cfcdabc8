#!/usr/bin/python3
"""Proves that model/CMakeLists.txt's ladder rules bite: a copy of the source tree is configured once per
broken rule (a network include in model/cache, QtNetwork on gca_cache's link line, a Qt-module include
spelled <QtNetwork/...>, item models linked into the CLI) and each configure must fail naming the rule.
Usage: ladder_check.py SOURCE_DIR CMAKE"""
import os
import shutil
import subprocess
import sys
import tempfile

source, cmake = sys.argv[1], sys.argv[2]


def copy_tree(dest):
    files = subprocess.run(['git', '-C', source, 'ls-files', '-co', '--exclude-standard'], check=True,
                           capture_output=True, text=True).stdout.split('\n')
    for f in files:
        if not f or f.startswith('build'):
            continue
        src = os.path.join(source, f)
        if not os.path.isfile(src):
            continue
        os.makedirs(os.path.dirname(os.path.join(dest, f)), exist_ok=True)
        shutil.copy(src, os.path.join(dest, f))


def edit(root, path, old, new):
    p = os.path.join(root, path)
    with open(p) as f:
        text = f.read()
    if old is None:
        text += new
    else:
        assert old in text, (path, old)
        text = text.replace(old, new)
    with open(p, 'w') as f:
        f.write(text)


cases = [
    ('cache includes remote', 'model/cache/imagecache.cpp', None, '\n#include "remote/glanceapi.h"\n',
     "reaches model/remote, which gca_cache may not use"),
    ('QtNetwork linked into gca_cache', 'model/cache/CMakeLists.txt', 'LIBS gca_config Qt6::Sql SQLite::SQLite3)',
     'LIBS gca_config Qt6::Sql SQLite::SQLite3 Qt6::Network)', "gca_cache links Qt6::Network"),
    ('a Qt module by its folder', 'model/cache/cachewriter.cpp', None, '\n#include <QtNetwork/QNetworkReply>\n',
     "needs QtNetwork, which gca_cache may not use"),
    ('OpenSSL in remote', 'model/remote/CMakeLists.txt', 'LIBS gca_core Qt6::Network yaml-cpp)',
     'LIBS gca_core Qt6::Network yaml-cpp OpenSSL::Crypto)', "gca_remote links OpenSSL::Crypto"),
    ('item models in the CLI', 'app/CMakeLists.txt', 'PRIVATE gca_fetch gca_common_options',
     'PRIVATE gca_itemmodels gca_common_options', "glance-cachectl links gca_itemmodels"),
    ('widgets in the CLI', 'app/cli/cachectl.cpp', None, '\n#include <QWidget>\n',
     "needs QtWidgets, which glance-cachectl may not use"),
]

failures = 0
with tempfile.TemporaryDirectory() as tmp:
    pristine = os.path.join(tmp, 'pristine')
    copy_tree(pristine)
    for name, path, old, new, expected in cases:
        tree = os.path.join(tmp, 'tree')
        shutil.rmtree(tree, ignore_errors=True)
        shutil.copytree(pristine, tree)
        edit(tree, path, old, new)
        r = subprocess.run([cmake, '-S', tree, '-B', os.path.join(tree, 'build'), '-DGCA_BUILD_TESTS=OFF'],
                           capture_output=True, text=True)
        out = ' '.join((r.stdout + r.stderr).split())
        if r.returncode == 0 or expected not in out:
            failures += 1
            print('FAIL: %s: configure %s; expected "%s"\n%s' % (
                name, 'passed' if r.returncode == 0 else 'failed otherwise', expected, out[-2000:]))
        else:
            print('ok: %s refused' % name)
sys.exit(1 if failures else 0)
