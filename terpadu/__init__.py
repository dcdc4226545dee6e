"""terpadu: one consistent public site from many unit websites.

The pipeline, stage by stage (each a package passing typed records):
``registry`` (units/) -> ``content`` (front matter index) -> ``site`` (MkDocs
plugin: generated pages) -> search index -> publish. The import stages
(fetch, extract, convert) feed ``content/``; ``redirects`` consumes their URL map.
"""

__version__ = "0.1.0"
