#!/usr/bin/python3
"""Edits a .docx in LibreOffice (headless, through its UNO bridge) with Track Changes on, as a partner's lawyer
would in Word, and saves it as .docx again: the file a browser test uploads back to CoDraft.
Usage: /usr/bin/python3 trackedEdit.py IN.docx OUT.docx FIND REPLACEMENT [FIND REPLACEMENT ...]
Needs Debian's libreoffice-writer-nogui and python3-uno (scripts/test.sh installs both)."""
import os
import shutil
import subprocess
import sys
import tempfile
import time
import uuid

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def connect(pipe, office, seconds=90):
    """The office's component context, once it listens on the pipe (a first start on a busy machine is slow)."""
    resolver = uno.getComponentContext().ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", uno.getComponentContext())
    deadline = time.monotonic() + seconds
    while True:
        try:
            return resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except NoConnectException:
            if office.poll() is not None or time.monotonic() > deadline:
                raise SystemExit("LibreOffice did not start")
            time.sleep(0.5)


def main(source, target, pairs):
    profile = tempfile.mkdtemp(prefix="codraft-lo-")
    pipe = f"codraft{uuid.uuid4().hex}"
    office = subprocess.Popen(["soffice", "--headless", "--invisible", "--nologo", "--norestore", "--nodefault",
                               f"-env:UserInstallation={uno.systemPathToFileUrl(profile)}", f"--accept=pipe,name={pipe};urp;"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        edit(connect(pipe, office), source, target, pairs)
    finally:
        office.terminate()
        try:
            office.wait(20)
        except subprocess.TimeoutExpired:
            office.kill()
        shutil.rmtree(profile, ignore_errors=True)


def edit(context, source, target, pairs):
    desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
    document = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(source)), "_blank", 0, (prop("Hidden", True),))
    try:
        document.RecordChanges = True
        for find, replacement in pairs:
            descriptor = document.createReplaceDescriptor()
            descriptor.SearchString = find
            descriptor.ReplaceString = replacement
            if document.replaceAll(descriptor) == 0:
                raise SystemExit(f"'{find}' is not in {source}")
        document.storeToURL(uno.systemPathToFileUrl(os.path.abspath(target)), (prop("FilterName", "MS Word 2007 XML"),))
    finally:
        document.close(True)


if __name__ == "__main__":
    if len(sys.argv) < 5 or len(sys.argv) % 2 == 0:
        raise SystemExit(__doc__)
    args = sys.argv[3:]
    main(sys.argv[1], sys.argv[2], list(zip(args[0::2], args[1::2])))
