"""Fill the English plural forms Qt asks for: "%n item(s)" becomes "%n item" / "%n items".

English is the source language, so only messages with %n need a translation file
(lupdate -pluralonly). The forms follow from the "(s)" convention the sources use; a few
verbs that agree with the count are listed here too.
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

# A verb right after the counted word agrees with the number: singular form.
AGREEMENT = {"have": "has", "are": "is", "were": "was"}
COUNTED = re.compile(r"\(s\)(?: (have|are|were)\b)?")


def forms(source: str) -> tuple[str, str]:
    """The singular and plural of a source string written with "(s)"."""
    singular = COUNTED.sub(lambda m: f" {AGREEMENT[m[1]]}" if m[1] else "", source)
    plural = COUNTED.sub(lambda m: f"s {m[1]}" if m[1] else "s", source)
    return singular, plural


def fill(path: Path) -> int:
    tree = ET.parse(path)
    filled = 0
    for message in tree.getroot().iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.findtext("source", "")
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        for child in list(translation):
            translation.remove(child)
        translation.attrib.pop("type", None)
        translation.text = None
        for text in forms(source):
            ET.SubElement(translation, "numerusform").text = text
        filled += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return filled


if __name__ == "__main__":
    for name in sys.argv[1:]:
        print(f"{name}: {fill(Path(name))} plural messages")
