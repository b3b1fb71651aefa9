#!/usr/bin/env python3
"""Turns Workrave's exercise file into Limber routine files, at test time.

    convert.py EXERCISES.XML OUT_DIR

Debian's workrave-data package installs the file as
/usr/share/workrave/exercises/exercises.xml: ten exercises, each with a
title and a description in English (no xml:lang) and in more than 35
other languages, tagged as gettext writes them (pt_BR, sr@latin, zh_TW).
Each exercise becomes OUT_DIR/workrave-<name>.yaml, one step long, with
every translation under the tag exactly as Workrave wrote it, and the
exercise's first picture copied beside it. The texts are Workrave's (GPL):
they are converted where the tests run and never kept in the repository.

Also writes OUT_DIR/expected.json: for each routine id, its titles by
tag as written, for the test to compare with what Limber shows.
"""

import json
import os
import re
import shutil
import sys
import xml.etree.ElementTree as ET

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

# The muscle groups each exercise works, in Limber's vocabulary; an
# exercise a later Workrave adds gets whole-body.
MUSCLES = {
    "Shoulder-arm stretch": ["shoulders", "arms"],
    "Finger stretch": ["hands"],
    "Neck tilt stretch": ["neck"],
    "Backward shoulder stretch": ["shoulders", "chest"],
    "Move the eyes": ["eyes"],
    "Train focusing the eyes": ["eyes"],
    "Look into the darkness": ["eyes"],
    "Move the shoulders": ["shoulders"],
    "Move the shoulders up and down": ["shoulders", "arms"],
    "Turn your head": ["neck"],
}


def texts(exercise, tag):
    """{lang: text} of the exercise's <tag> elements; English has no tag."""
    out = {}
    for el in exercise.findall(tag):
        text = " ".join((el.text or "").split())
        if text:
            out[el.get(XML_LANG, "en")] = text
    return out


def quoted(s):
    # A JSON string is a YAML double-quoted scalar.
    return json.dumps(s, ensure_ascii=False)


def text_block(head, by_lang, indent):
    """head ("title:", "  - title:") and one line per language, indented
    by indent, which must be deeper than head's key."""
    lines = [head]
    for lang, text in by_lang.items():
        lines.append(f"{' ' * indent}{quoted(lang)}: {quoted(text)}")
    return lines


def convert(xml_path, out_dir):
    root = ET.parse(xml_path).getroot()
    src_dir = os.path.dirname(xml_path)
    os.makedirs(out_dir, exist_ok=True)
    expected = {}
    for exercise in root.findall("exercise"):
        titles = texts(exercise, "title")
        english = titles["en"]
        rid = "workrave-" + re.sub(r"[^a-z0-9]+", "-", english.lower()).strip("-")
        seq = exercise.find("sequence")
        seconds = int(seq.get("duration", "30"))
        muscles = MUSCLES.get(english, ["whole-body"])
        kind = "relax" if muscles == ["eyes"] else "stretch"
        lines = [
            "format: 1",
            f"id: {rid}",
            *text_block("title:", titles, 2),
            f"kind: {kind}",
            f"muscles: [{', '.join(muscles)}]",
            "steps:",
            *text_block("  - title:", titles, 6),
            *text_block("    text:", texts(exercise, "description"), 6),
            f"    duration: {seconds}s",
        ]
        image = seq.find("image")
        if image is not None and image.get("src"):
            name = os.path.basename(image.get("src"))
            picture = os.path.join(src_dir, name)
            if os.path.isfile(picture):
                shutil.copyfile(picture, os.path.join(out_dir, name))
                lines.append(f"    image: {quoted(name)}")
        with open(os.path.join(out_dir, rid + ".yaml"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
        expected[rid] = titles
    with open(os.path.join(out_dir, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
    return expected


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: convert.py EXERCISES.XML OUT_DIR")
    done = convert(sys.argv[1], sys.argv[2])
    print(f"convert.py: {len(done)} routines in {sys.argv[2]}")


if __name__ == "__main__":
    main()
