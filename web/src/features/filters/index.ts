// The filters feature's public face: saved filters, labels' page, and the filter bar's results.
export { useFilters } from './api/filters';
export { LabelView, SavedFilterView, Search } from './components/FilteredViews';
export { FiltersLabels } from './components/FiltersLabels';
