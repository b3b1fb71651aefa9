#!/usr/bin/env python3
"""Real content nobody here wrote: Workrave's exercises, in every language.

    test_workrave.py LIMBER [EXERCISES.XML]

Converts Workrave's exercise file (Debian package workrave-data) into
routine files in a temporary folder (convert.py), then checks that
  - every converted routine passes `limber --check`;
  - for every language Workrave wrote, `--lang` with its tag as written
    (pt_BR, sr@latin, zh_TW) lists each routine under that title;
  - regional tags, their equivalents and the locale variables choose the
    texts docs/routine-format.md says (pt-BR, pt-PT, zh-TW, LANG=pt_BR.UTF-8,
    LANGUAGE=sr@latin, ...), in --list and in --simulate's titles.
The expected answers come from the XML and the lookup rules, never from
Limber's own output.
"""

import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import convert  # noqa: E402

DEFAULT_XML = "/usr/share/workrave/exercises/exercises.xml"
failures = []


def fail(msg):
    failures.append(msg)
    print("FAIL: " + msg)


def run(limber, args, env_extra, home):
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": home,
        "XDG_DATA_HOME": os.path.join(home, "data"),
        "XDG_CONFIG_HOME": os.path.join(home, "config"),
        "XDG_STATE_HOME": os.path.join(home, "state"),
    }
    env.update(env_extra)
    p = subprocess.run([limber] + args, env=env, capture_output=True,
                       text=True, encoding="utf-8")
    return p.returncode, p.stdout, p.stderr


def listed(limber, routines, args, env, home):
    """{id: (shown tag, title)} of `limber --list`, for the converted ids."""
    code, out, err = run(limber, ["--routines", routines, "--list"] + args,
                         env, home)
    if code != 0:
        fail(f"--list {args} {env} exited {code}: {err.strip()}")
    shown = {}
    for line in out.splitlines():
        parts = line.split(None, 4)
        if len(parts) == 5 and parts[0].startswith("workrave-"):
            shown[parts[0]] = (parts[1], parts[4])
    return shown


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit("usage: test_workrave.py LIMBER [EXERCISES.XML]")
    limber = sys.argv[1]
    xml = sys.argv[2] if len(sys.argv) == 3 else DEFAULT_XML
    if not os.path.isfile(xml):
        print(f"FAIL: {xml} is missing: install the Debian package "
              "workrave-data (scripts/install-deps test does)")
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        routines = os.path.join(tmp, "routines")
        expected = convert.convert(xml, routines)
        home = os.path.join(tmp, "home")
        os.makedirs(home)
        tags = sorted({t for titles in expected.values() for t in titles})
        print(f"{len(expected)} exercises, {len(tags)} languages: "
              + " ".join(tags))
        if len(expected) < 10 or len(tags) < 35:
            fail("fewer exercises or languages than Workrave ships")

        # Every file passes --check.
        code, out, err = run(limber, ["--check", routines], {}, home)
        if code != 0 or f"{len(expected)} routines valid" not in out + err:
            fail(f"--check exited {code}:\n{out}{err}")

        # Every language, asked for with the tag as Workrave writes it.
        for tag in tags:
            shown = listed(limber, routines, ["--lang", tag], {}, home)
            for rid, titles in expected.items():
                want = titles.get(tag, titles["en"])
                got = shown.get(rid, ("?", "(not listed)"))[1]
                if got != want:
                    fail(f"--lang {tag}: {rid} shows '{got}', want '{want}'")

        # Regional tags, their equivalents and the locale. Each case: the
        # options, the environment, the tag Workrave wrote the expected
        # text under, and the tag --list shows (normalised).
        cases = [
            (["--lang", "pt-BR"], {}, "pt_BR", "pt-BR"),
            (["--lang", "pt-br"], {}, "pt_BR", "pt-BR"),
            (["--lang", "pt-PT"], {}, "pt", "pt"),  # Workrave's pt is European
            (["--lang", "pt"], {}, "pt", "pt"),
            (["--lang", "zh-TW"], {}, "zh_TW", "zh-TW"),
            (["--lang", "zh-Hant"], {}, "zh_TW", "zh-TW"),
            (["--lang", "zh-Hant-TW"], {}, "zh_TW", "zh-TW"),
            (["--lang", "zh-HK"], {}, "zh_TW", "zh-TW"),  # Traditional too
            (["--lang", "zh-CN"], {}, "zh_CN", "zh-CN"),
            (["--lang", "zh-Hans"], {}, "zh_CN", "zh-CN"),
            (["--lang", "zh"], {}, "zh_CN", "zh-CN"),
            (["--lang", "sr-Latn"], {}, "sr@latin", "sr-Latn"),
            (["--lang", "sr-Latn-RS"], {}, "sr@latin", "sr-Latn"),
            (["--lang", "sr"], {}, "sr@latin", "sr-Latn"),  # only Latin written
            (["--lang", "de-AT"], {}, "de", "de"),
            (["--lang", "xx:pt-PT"], {}, "pt", "pt"),
            ([], {"LANG": "pt_BR.UTF-8"}, "pt_BR", "pt-BR"),
            ([], {"LANG": "pt_PT.UTF-8"}, "pt", "pt"),
            ([], {"LANG": "zh_TW.UTF-8"}, "zh_TW", "zh-TW"),
            ([], {"LANG": "uk_UA.UTF-8"}, "uk", "uk"),
            ([], {"LANGUAGE": "sr@latin"}, "sr@latin", "sr-Latn"),
            ([], {"LANGUAGE": "xx:he", "LANG": "fr_FR.UTF-8"}, "he", "he"),
            ([], {"LC_MESSAGES": "ja_JP.UTF-8", "LANG": "fr_FR.UTF-8"},
             "ja", "ja"),
            ([], {"LC_ALL": "fa_IR.UTF-8", "LANG": "fr_FR.UTF-8"}, "fa", "fa"),
            # LC_ALL=C means no language at all, whatever LANG says.
            ([], {"LC_ALL": "C", "LANG": "uk_UA.UTF-8"}, "en", "en"),
            ([], {}, "en", "en"),
            # --lang comes before the environment.
            (["--lang", "el"], {"LANGUAGE": "uk", "LANG": "uk_UA.UTF-8"},
             "el", "el"),
        ]
        for args, env, source, shown_tag in cases:
            shown = listed(limber, routines, args, env, home)
            for rid, titles in expected.items():
                want = (shown_tag, titles[source])
                got = shown.get(rid, ("?", "(not listed)"))
                if got != want:
                    fail(f"{args} {env}: {rid} shows {got}, want {want}")

        # --simulate's step titles follow the same choice.
        rid = sorted(expected)[0]
        path = os.path.join(routines, rid + ".yaml")
        for args, env, source in [
            (["--lang", "zh-TW"], {}, "zh_TW"),
            (["--lang", "pt-PT"], {}, "pt"),
            ([], {"LANG": "pt_BR.UTF-8"}, "pt_BR"),
            ([], {"LANGUAGE": "sr@latin"}, "sr@latin"),
        ]:
            code, out, err = run(limber, ["--simulate", path] + args, env,
                                 home)
            titles = [json.loads(line).get("title") for line in
                      out.splitlines() if '"kind":"work"' in line]
            want = expected[rid][source]
            if code != 0 or not titles or any(t != want for t in titles):
                fail(f"--simulate {args} {env}: titles {titles}, want "
                     f"'{want}' (exit {code}: {err.strip()})")

    if failures:
        print(f"{len(failures)} failures")
        return 1
    print("all Workrave routines load and choose the right texts")
    return 0


if __name__ == "__main__":
    sys.exit(main())
