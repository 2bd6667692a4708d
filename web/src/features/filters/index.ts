// The filters feature's public face: saved filters, labels' page, and the filter bar's results.
export { useFilters } from './api/filters';
export { FilterResults, LabelView, SavedFilterView } from './components/FilteredViews';
export { FiltersLabels } from './components/FiltersLabels';
