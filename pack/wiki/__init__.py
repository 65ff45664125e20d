"""Fetch stage: an article named by a wiki link becomes a saved article file.

This is the only part of teachpack that uses the network, and only for an
article the user named (`teachpack build https://id.wikipedia.org/wiki/X`,
`--wikipedia id:X`, or `[sources] wikipedia = [...]` in a course).

    link ─links─► WikiRef ─api (through client)─► Fetched ─saved─► <key>.txt + <key>.json (+ picture)
                                                      licences: is the lead picture free to print?

`sources` decides between the saved copy and a fresh fetch (`--refresh`);
`saved` also gives a saved article's revision, licence and picture back
to the read stage. Modules: `links`, `client`, `api`, `licences`, `saved`,
`sources`.
"""
