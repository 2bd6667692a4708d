// The search feature's public face: the header's search box with its palette, and the results page.
export { SearchLauncher } from './components/SearchLauncher';
export { SearchResults } from './components/SearchResults';
