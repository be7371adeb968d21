window.__sitegenSearch("tags/tags/transport",[15]);
