window.__sitegenSearch("t/0/s",{"se":[0,16],"secretaire":[0,3],"securite":[0,3],"selon":[1,16],"semaines":[0,3],"sommes":[1,3],"soutien":[1,3],"sur":[0,3]});
