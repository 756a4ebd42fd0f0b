#!/usr/bin/env python3
"""Compare the words dsx reads from PDFs (`dsx text FILE`) with poppler's `pdftotext -layout`.

usage: scripts/pdf_words.py [--dsx PATH] [--jobs N] [--worst K] [--verbose]
                            [--min-mean-precision P] [--min-precision P] [--min-mean-recall R]
                            [PDF or DIR ...]          (default: ../shared/corpus/pdf)

Words are whitespace-separated tokens holding at least one letter or digit, NFKC-normalised
(ligatures split, full-width forms folded, superscript digits made digits) with the `^` dsx
puts before an exponent, control characters (an unmapped bullet poppler prints as
U+0001) and invisible format characters (a soft hyphen poppler prints as U+00AD) removed,
as dsx drops them, and dot leaders (four or more dots: `Section.......15`)
read as a space in both texts, compared as multisets per file:

  precision = |dsx ∩ poppler| / |dsx|      what dsx read that poppler read too
  recall    = |dsx ∩ poppler| / |poppler|  what poppler read that dsx read too

Low precision means dsx invented or corrupted words (a doubled digit collapsed, a
superscript glued to its base, two words run together); low recall means it lost them (a
page it could not read, rotated text, a font it could not decode). Files where poppler
reads no word are left out. A file dsx fails on counts with precision 1 and recall 0, and
is listed.

The text compared is `dsx text --keep-furniture`: everything the reader read. `dsx extract`
then drops page furniture (running headers and footers) on purpose; how many words that
is, and the recall of the text without them (`dsx text`), are printed beside the scores,
so a loss in the reader cannot hide behind the furniture rule and the other way round.

Prints one line per file (with --verbose), then the means, the worst files by precision
and by recall, and the files dsx failed on. Exit status 1 when a --min-* threshold is not
met, so CI can run it (pdftotext comes from Debian's poppler-utils).
"""
import argparse
import collections
import concurrent.futures
import glob
import os
import subprocess
import sys
import re
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


LEADER = re.compile(r'\.{4,}|…{2,}')


def words(text):
    out = collections.Counter()
    # dsx writes an exponent as `10^7` where poppler prints `107`: the `^` is not compared.
    # Control characters and invisible format characters (a soft hyphen, which poppler
    # prints as U+00AD and dsx drops; a zero-width space) are not compared either.
    text = ''.join(c for c in text.replace('^', '')
                   if c.isspace() or unicodedata.category(c) not in ('Cc', 'Cf'))
    # A dot leader is punctuation between words, whichever reader kept it.
    text = LEADER.sub(' ', text)
    for tok in unicodedata.normalize('NFKC', text).split():
        if any(c.isalnum() for c in tok):
            out[tok] += 1
    return out


def run(cmd, timeout):
    try:
        p = subprocess.run(cmd, capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, 'timeout'
    if p.returncode != 0:
        return None, p.stderr.decode('utf-8', 'replace').strip().splitlines()[-1:] or ['exit %d' % p.returncode]
    return p.stdout.decode('utf-8', 'replace'), None


def compare(dsx, path, timeout):
    ptext, perr = run(['pdftotext', '-layout', '-enc', 'UTF-8', path, '-'], timeout)
    pw = words(ptext or '')
    if not pw:
        return {'path': path, 'skipped': perr or 'poppler reads no word'}
    dtext, derr = run([dsx, 'text', '--keep-furniture', path], timeout)
    dw = words(dtext or '')
    common = sum((dw & pw).values())
    nd, np_ = sum(dw.values()), sum(pw.values())
    # What `dsx extract` sees: the same text without the page furniture it drops.
    kept = words(run([dsx, 'text', path], timeout)[0] or '') if not derr else dw
    return {
        'furniture': sum((dw - kept).values()),
        'kept_recall': sum((kept & pw).values()) / np_,
        'path': path,
        'precision': common / nd if nd else 1.0,
        'recall': common / np_,
        'dsx_words': nd,
        'poppler_words': np_,
        'error': derr,
        'extra': (dw - pw).most_common(8),
        'missing': (pw - dw).most_common(8),
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('paths', nargs='*')
    ap.add_argument('--dsx', default=os.path.join(ROOT, 'target', 'release', 'dsx'))
    ap.add_argument('--jobs', type=int, default=1)
    ap.add_argument('--worst', type=int, default=5)
    ap.add_argument('--timeout', type=float, default=120)
    ap.add_argument('--verbose', action='store_true')
    ap.add_argument('--min-mean-precision', type=float)
    ap.add_argument('--min-precision', type=float)
    ap.add_argument('--min-mean-recall', type=float)
    a = ap.parse_args()
    roots = a.paths or [os.path.join(ROOT, '..', 'shared', 'corpus', 'pdf')]
    files = []
    for r in roots:
        if os.path.isdir(r):
            files += sorted(glob.glob(os.path.join(r, '**', '*.pdf'), recursive=True))
        else:
            files.append(r)
    with concurrent.futures.ThreadPoolExecutor(max(1, a.jobs)) as ex:
        results = list(ex.map(lambda f: compare(a.dsx, f, a.timeout), files))
    scored = [r for r in results if 'skipped' not in r]
    name = lambda r: os.path.relpath(r['path'], os.path.commonpath(files) if len(files) > 1 else os.path.dirname(r['path']))
    if a.verbose:
        for r in results:
            if 'skipped' in r:
                print(f"{name(r):60} skipped: {r['skipped']}")
                continue
            print(f"{name(r):60} P {r['precision']:.3f}  R {r['recall']:.3f}  "
                  f"({r['dsx_words']}/{r['poppler_words']} words, furniture {r['furniture']})"
                  f"{'  ERROR ' + str(r['error']) if r['error'] else ''}")
            if r['precision'] < 0.99:
                print(f"    only dsx: {r['extra']}")
            if r['recall'] < 0.95:
                print(f"    only poppler: {r['missing']}")
    if not scored:
        print('no file with text')
        return 1
    mp = sum(r['precision'] for r in scored) / len(scored)
    mr = sum(r['recall'] for r in scored) / len(scored)
    failed = [r for r in scored if r['error']]
    print(f"files {len(files)}, poppler reads {len(scored)}, dsx fails on {len(failed)}")
    print(f"mean precision {mp:.3f}  mean recall {mr:.3f}  "
          f"(F1 of means {2 * mp * mr / (mp + mr):.3f})")
    furniture = sum(r['furniture'] for r in scored)
    kept = sum(r['kept_recall'] for r in scored) / len(scored)
    print(f"page furniture dsx extract drops: {furniture} words "
          f"({100 * furniture / sum(r['poppler_words'] for r in scored):.1f} % of poppler's); "
          f"mean recall without it {kept:.3f}")
    print(f"worst {a.worst} by precision:")
    for r in sorted(scored, key=lambda r: r['precision'])[:a.worst]:
        print(f"  {r['precision']:.3f}  {name(r)}  only dsx: {r['extra'][:5]}")
    print(f"worst {a.worst} by recall:")
    for r in sorted(scored, key=lambda r: r['recall'])[:a.worst]:
        print(f"  {r['recall']:.3f}  {name(r)}{'  (' + str(r['error']) + ')' if r['error'] else ''}")
    for r in failed:
        print(f"dsx failed: {name(r)}: {r['error']}")
    ok = True
    if a.min_mean_precision is not None and mp < a.min_mean_precision:
        print(f"mean precision {mp:.3f} < {a.min_mean_precision}")
        ok = False
    if a.min_precision is not None:
        low = [r for r in scored if r['precision'] < a.min_precision]
        for r in low:
            print(f"precision {r['precision']:.3f} < {a.min_precision}: {name(r)}")
        ok = ok and not low
    if a.min_mean_recall is not None and mr < a.min_mean_recall:
        print(f"mean recall {mr:.3f} < {a.min_mean_recall}")
        ok = False
    return 0 if ok else 1


if __name__ == '__main__':
    sys.exit(main())
