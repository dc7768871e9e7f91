#!/usr/bin/env python3
"""An independent reading of what Remitente writes: Python's email package with the default (RFC 5322) policy.

  mime_check.py FILE...   prints one JSON object per file, in order, as a JSON list
"""
import email
import email.policy
import hashlib
import json
import re
import sys


def mailboxes(message, name):
    header = message[name]
    if header is None:
        return None
    return [[a.display_name, a.addr_spec] for a in header.addresses]


def unsubscribe_targets(message):
    """RFC 2369: a comma-separated list of <URI>; None when there is no List-Unsubscribe."""
    header = message["list-unsubscribe"]
    if header is None:
        return None
    return re.findall(r"<([^<>]*)>", str(header))


def describe(path):
    with open(path, "rb") as f:
        raw = f.read()
    message = email.message_from_bytes(raw, policy=email.policy.default)
    body = message.get_body(preferencelist=("plain",))
    html = message.get_body(preferencelist=("html",))
    attachments = []
    for part in message.iter_attachments():
        data = part.get_payload(decode=True) or b""
        attachments.append({"filename": part.get_filename(), "type": part.get_content_type(),
                            "sha256": hashlib.sha256(data).hexdigest(), "size": len(data)})
    defects = [type(d).__name__ for part in message.walk() for d in part.defects]
    return {
        "subject": message["subject"],
        "from": mailboxes(message, "from"),
        "to": mailboxes(message, "to"),
        "cc": mailboxes(message, "cc"),
        "reply_to": mailboxes(message, "reply-to"),
        "bcc_present": message["bcc"] is not None,
        "date": message["date"] is not None,
        "message_id": message["message-id"],
        "mime_version": message["mime-version"],
        "list_unsubscribe": unsubscribe_targets(message),
        "list_unsubscribe_post": message["list-unsubscribe-post"],
        "text": body.get_content() if body is not None and body.get_content_type() == "text/plain" else None,
        "html": html.get_content() if html is not None and html.get_content_type() == "text/html" else None,
        "attachments": attachments,
        "defects": defects,
        "longest_line": max((len(line) for line in raw.split(b"\r\n")), default=0),
    }


print(json.dumps([describe(p) for p in sys.argv[1:]], ensure_ascii=False))
