"""Text helpers both apps use (archive pages and search): the search normal form and the highlighter.

Pure Python, no models; `archive` and `search` may both import it, while `archive` never imports `search`.
"""
