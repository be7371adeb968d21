window.__sitegenSearch("t/0/p",{"par":[1,3],"preoccupes":[1,3]});
