window.__sitegenSearch("t/0/s",{"say":[1,16],"secretary":[0,3],"security":[0,3],"shot":[0,3],"sidelin":[0,3],"sit":[6,3],"stat":[0,3],"support":[1,3]});
