"""The engine: query text -> plan, the array evaluation, selection and
results, marking and fragments, facets, the search state of a URL."""
