// leaflet.markercluster is a UMD plugin that extends the global `L`: make sure it exists
// before the plugin is evaluated (this module is imported first).
import L from 'leaflet';

window.L = L;
export default L;
