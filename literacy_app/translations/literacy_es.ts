<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AuthorEditor</name>
    <message>
        <source>Lesson text</source>
        <translation>Texto de la lección</translation>
    </message>
</context>
<context>
    <name>AuthorMenus</name>
    <message>
        <source>Feed</source>
        <translation>Feed</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Cuestionario</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflexión</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <source>Teacher notes</source>
        <translation>Notas para docentes</translation>
    </message>
    <message>
        <source>Question: single choice</source>
        <translation>Pregunta: respuesta única</translation>
    </message>
    <message>
        <source>Question: multiple answers</source>
        <translation>Pregunta: varias respuestas</translation>
    </message>
    <message>
        <source>Question: true or false</source>
        <translation>Pregunta: verdadero o falso</translation>
    </message>
    <message>
        <source>Question: short text</source>
        <translation>Pregunta: texto corto</translation>
    </message>
    <message>
        <source>Question: put in order</source>
        <translation>Pregunta: ordenar</translation>
    </message>
    <message>
        <source>Question: matching</source>
        <translation>Pregunta: emparejar</translation>
    </message>
    <message>
        <source>Question: a number</source>
        <translation>Pregunta: un número</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New lesson…</source>
        <translation>&amp;Nueva lección…</translation>
    </message>
    <message>
        <source>Start a lesson from a starter that shows every kind of activity</source>
        <translation>Empezar una lección a partir de un modelo con todos los tipos de actividad</translation>
    </message>
    <message>
        <source>&amp;Open lesson…</source>
        <translation>&amp;Abrir lección…</translation>
    </message>
    <message>
        <source>Open course &amp;folder…</source>
        <translation>Abrir &amp;carpeta del curso…</translation>
    </message>
    <message>
        <source>Open a folder of lessons and list them</source>
        <translation>Abrir una carpeta de lecciones y mostrarlas en una lista</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>&amp;Close author mode</source>
        <translation>&amp;Cerrar el modo autor</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Find and &amp;replace…</source>
        <translation>Buscar y &amp;reemplazar…</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Insertar</translation>
    </message>
    <message>
        <source>&amp;Picture…</source>
        <translation>&amp;Imagen…</translation>
    </message>
    <message>
        <source>Copy a picture into the lesson and show it here</source>
        <translation>Copiar una imagen en la lección y mostrarla aquí</translation>
    </message>
    <message>
        <source>Quiz &amp;question…</source>
        <translation>&amp;Pregunta de cuestionario…</translation>
    </message>
    <message>
        <source>A question of any type, from a form</source>
        <translation>Una pregunta de cualquier tipo, con un formulario</translation>
    </message>
    <message>
        <source>Scenario &amp;node…</source>
        <translation>&amp;Nodo de escenario…</translation>
    </message>
    <message>
        <source>A moment of a branching story</source>
        <translation>Un momento de una historia con ramificaciones</translation>
    </message>
    <message>
        <source>Scenario &amp;choice…</source>
        <translation>&amp;Opción de escenario…</translation>
    </message>
    <message>
        <source>A choice for the node at the cursor</source>
        <translation>Una opción para el nodo donde está el cursor</translation>
    </message>
    <message>
        <source>Feed p&amp;ost…</source>
        <translation>P&amp;ublicación del feed…</translation>
    </message>
    <message>
        <source>A made-up social post, with its cues</source>
        <translation>Una publicación inventada de redes sociales, con sus pistas</translation>
    </message>
    <message>
        <source>&amp;Reflection…</source>
        <translation>&amp;Reflexión…</translation>
    </message>
    <message>
        <source>A question learners answer in writing</source>
        <translation>Una pregunta que los estudiantes responden por escrito</translation>
    </message>
    <message>
        <source>&amp;Teacher note…</source>
        <translation>Nota para &amp;docentes…</translation>
    </message>
    <message>
        <source>Notes only teachers see</source>
        <translation>Notas que solo ven los docentes</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>&amp;Plantillas</translation>
    </message>
    <message>
        <source>Insert a {0} template at the cursor</source>
        <translation>Insertar una plantilla «{0}» donde está el cursor</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>As a &amp;learner</source>
        <translation>Como &amp;estudiante</translation>
    </message>
    <message>
        <source>As the &amp;teacher (with teacher notes)</source>
        <translation>Como &amp;docente (con las notas para docentes)</translation>
    </message>
    <message>
        <source>&amp;Check every lesson of the folder</source>
        <translation>&amp;Comprobar todas las lecciones de la carpeta</translation>
    </message>
    <message>
        <source>Check every lesson of the course folder, and that no two share an id</source>
        <translation>Comprobar todas las lecciones de la carpeta del curso y que no haya dos con el mismo id</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
</context>
<context>
    <name>AuthorProblems</name>
    <message>
        <source>Problems in the lesson</source>
        <translation>Problemas de la lección</translation>
    </message>
    <message>
        <source>✔ No problems: the lesson passes the check.</source>
        <translation>✔ Sin problemas: la lección supera la comprobación.</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
    <message>
        <source>{0} Line {1}, column {2}: {3}: {4}</source>
        <translation>{0} Línea {1}, columna {2}: {3}: {4}</translation>
    </message>
    <message>
        <source>Hint: {0}</source>
        <translation>Pista: {0}</translation>
    </message>
    <message>
        <source>Go to line {0}</source>
        <translation>Ir a la línea {0}</translation>
    </message>
</context>
<context>
    <name>AuthorWindow</name>
    <message>
        <source>Lessons (*.md);;All files (*)</source>
        <translation>Lecciones (*.md);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Problems (click one to go to its line)</source>
        <translation>Problemas (haz clic en uno para ir a su línea)</translation>
    </message>
    <message>
        <source>Untitled lesson</source>
        <translation>Lección sin título</translation>
    </message>
    <message>
        <source>{0}[*] — Author mode</source>
        <translation>{0}[*] — Modo autor</translation>
    </message>
    <message>
        <source>Created {0}</source>
        <translation>Creado {0}</translation>
    </message>
    <message>
        <source>Open a lesson</source>
        <translation>Abrir una lección</translation>
    </message>
    <message>
        <source>Open a course folder</source>
        <translation>Abrir la carpeta de un curso</translation>
    </message>
    <message>
        <source>Cannot open the lesson</source>
        <translation>No se puede abrir la lección</translation>
    </message>
    <message>
        <source>{0} cannot be opened: {1}</source>
        <translation>No se puede abrir {0}: {1}</translation>
    </message>
    <message>
        <source>Unsaved changes found</source>
        <translation>Hay cambios sin guardar</translation>
    </message>
    <message>
        <source>Author mode closed before the changes to {0} were saved. Bring them back?</source>
        <translation>El modo autor se cerró antes de guardar los cambios de {0}. ¿Quieres recuperarlos?</translation>
    </message>
    <message>
        <source>Save the lesson</source>
        <translation>Guardar la lección</translation>
    </message>
    <message>
        <source>Lessons (*.md)</source>
        <translation>Lecciones (*.md)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No se ha guardado</translation>
    </message>
    <message>
        <source>The lesson could not be saved: {0}. Your text is still here.</source>
        <translation>No se ha podido guardar la lección: {0}. Tu texto sigue aquí.</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>Guardado: {0}</translation>
    </message>
    <message>
        <source>Save the lesson as</source>
        <translation>Guardar la lección como</translation>
    </message>
    <message>
        <source>{0} changed in another program; your unsaved changes here are kept.</source>
        <translation>{0} ha cambiado en otro programa; se conservan aquí tus cambios sin guardar.</translation>
    </message>
    <message>
        <source>Reloaded: {0} changed in another program.</source>
        <translation>Recargado: {0} ha cambiado en otro programa.</translation>
    </message>
    <message>
        <source>Line {0}, column {1}</source>
        <translation>Línea {0}, columna {1}</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>The lesson has changes that are not saved. Save them?</source>
        <translation>La lección tiene cambios sin guardar. ¿Quieres guardarlos?</translation>
    </message>
</context>
<context>
    <name>BlockLabel</name>
    <message>
        <source>Feed</source>
        <translation>Feed</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Cuestionario</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflexión</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <source>Teacher notes</source>
        <translation>Notas para docentes</translation>
    </message>
    <message>
        <source>(nothing ticked)</source>
        <translation>(nada marcado)</translation>
    </message>
    <message>
        <source>(no cue tagged)</source>
        <translation>(ninguna pista marcada)</translation>
    </message>
</context>
<context>
    <name>Certificate</name>
    <message>
        <source>Certificate of completion</source>
        <translation>Certificado de finalización</translation>
    </message>
    <message>
        <source>This certifies that</source>
        <translation>Se certifica que</translation>
    </message>
    <message>
        <source>has completed the course</source>
        <translation>ha completado el curso</translation>
    </message>
    <message>
        <source>“{0}”</source>
        <translation>«{0}»</translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s) completed: {0}</source>
        <translation>
            <numerusform>%n lección completada: {0}</numerusform>
            <numerusform>%n lecciones completadas: {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Overall score: {0}</source>
        <translation>Puntuación global: {0}</translation>
    </message>
    <message>
        <source>Completed on {0}</source>
        <translation>Completado el {0}</translation>
    </message>
    <message>
        <source>Certificate of completion: {0}, {1}</source>
        <translation>Certificado de finalización: {0}, {1}</translation>
    </message>
</context>
<context>
    <name>ChoiceInput</name>
    <message>
        <source>✔ Correct choice.</source>
        <translation>✔ Opción correcta.</translation>
    </message>
    <message>
        <source>➜ This one is correct too.</source>
        <translation>➜ Esta también es correcta.</translation>
    </message>
    <message>
        <source>➜ This is the answer.</source>
        <translation>➜ Esta es la respuesta.</translation>
    </message>
    <message>
        <source>✘ Not right.</source>
        <translation>✘ No es correcta.</translation>
    </message>
</context>
<context>
    <name>ChoiceRow</name>
    <message>
        <source>Hands for: {0}</source>
        <translation>Manos levantadas por: {0}</translation>
    </message>
</context>
<context>
    <name>ClassPublisher</name>
    <message>
        <source>Class folder status</source>
        <translation>Estado de la carpeta de la clase</translation>
    </message>
    <message>
        <source>Class folder: not reachable, work is kept on this PC</source>
        <translation>Carpeta de la clase: no disponible, el trabajo se guarda en este PC</translation>
    </message>
    <message>
        <source>Shared with the class at {0}</source>
        <translation>Compartido con la clase a las {0}</translation>
    </message>
</context>
<context>
    <name>CoursePanel</name>
    <message>
        <source>No course folder open</source>
        <translation>No hay ninguna carpeta de curso abierta</translation>
    </message>
    <message>
        <source>Open folder…</source>
        <translation>Abrir carpeta…</translation>
    </message>
    <message>
        <source>Open a folder of lessons (a course)</source>
        <translation>Abrir una carpeta de lecciones (un curso)</translation>
    </message>
    <message>
        <source>Check every lesson</source>
        <translation>Comprobar todas las lecciones</translation>
    </message>
    <message>
        <source>Check every lesson of the folder, and that no two share an id</source>
        <translation>Comprobar todas las lecciones de la carpeta y que no haya dos con el mismo id</translation>
    </message>
    <message>
        <source>Lessons of the course and their problems</source>
        <translation>Lecciones del curso y sus problemas</translation>
    </message>
    <message>
        <source>Course folder: {0}</source>
        <translation>Carpeta del curso: {0}</translation>
    </message>
    <message>
        <source>No lessons in this folder yet: File &gt; New lesson makes one.</source>
        <translation>Todavía no hay lecciones en esta carpeta: Archivo &gt; Nueva lección crea una.</translation>
    </message>
    <message>
        <source>{0} {1}:{2} {3}</source>
        <translation>{0} {1}:{2} {3}</translation>
    </message>
    <message>
        <source>Go to line {0} of {1}</source>
        <translation>Ir a la línea {0} de {1}</translation>
    </message>
    <message>
        <source>{0} checked: {1}, {2}.</source>
        <translation>Comprobado: {0}; {1}, {2}.</translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n lección</numerusform>
            <numerusform>%n lecciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n aviso</numerusform>
            <numerusform>%n avisos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Algo ha salido mal</translation>
    </message>
    <message>
        <source>Something unexpected happened. Your saved answers are safe, and you can carry on with the lesson. If it keeps happening, tell your teacher.</source>
        <translation>Ha pasado algo inesperado. Tus respuestas guardadas están a salvo y puedes seguir con la lección. Si vuelve a pasar, avisa a tu docente.</translation>
    </message>
    <message>
        <source>(no log file: the data folder cannot be written)</source>
        <translation>(sin archivo de registro: no se puede escribir en la carpeta de datos)</translation>
    </message>
    <message>
        <source>For your teacher or IT: {0}
Details were written to {1}</source>
        <translation>Para tu docente o el servicio informático: {0}
Los detalles se han guardado en {1}</translation>
    </message>
    <message>
        <source>Carry on</source>
        <translation>Continuar</translation>
    </message>
</context>
<context>
    <name>FeedPostCard</name>
    <message>
        <source>Post {0} of {1}, by {2}</source>
        <translation>Publicación {0} de {1}, de {2}</translation>
    </message>
    <message>
        <source>♥ {0} likes  ·  {1} comments</source>
        <translation>♥ {0} me gusta  ·  {1} comentarios</translation>
    </message>
    <message>
        <source>{0} likes, {1} comments</source>
        <translation>{0} me gusta, {1} comentarios</translation>
    </message>
    <message>
        <source>Which cues do you see in this post? (Tick none if it is a plain post.)</source>
        <translation>¿Qué pistas ves en esta publicación? (No marques ninguna si es una publicación normal).</translation>
    </message>
    <message>
        <source>{0}, in the post by {1}</source>
        <translation>{0}, en la publicación de {1}</translation>
    </message>
    <message>
        <source>Avatar of {0}</source>
        <translation>Avatar de {0}</translation>
    </message>
    <message>
        <source>[picture missing: {0}]</source>
        <translation>[falta la imagen: {0}]</translation>
    </message>
    <message>
        <source>Picture in the post by {0}</source>
        <translation>Imagen de la publicación de {0}</translation>
    </message>
    <message>
        <source>✔ Found: {0}</source>
        <translation>✔ Encontradas: {0}</translation>
    </message>
    <message>
        <source>➜ Missed: {0}</source>
        <translation>➜ Se te han pasado: {0}</translation>
    </message>
    <message>
        <source>✘ Not in this post: {0}</source>
        <translation>✘ No están en esta publicación: {0}</translation>
    </message>
    <message>
        <source>✔ Right: this post has no cues.</source>
        <translation>✔ Correcto: esta publicación no tiene pistas.</translation>
    </message>
    <message>
        <source>Points: {0} of {1}</source>
        <translation>Puntos: {0} de {1}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Why:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Por qué:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <source>found</source>
        <translation>encontrada</translation>
    </message>
    <message>
        <source>missed: this cue is in the post</source>
        <translation>se te ha pasado: esta pista está en la publicación</translation>
    </message>
    <message>
        <source>wrongly tagged: this cue is not in the post</source>
        <translation>marcada por error: esta pista no está en la publicación</translation>
    </message>
</context>
<context>
    <name>FeedPostForm</name>
    <message>
        <source>Insert a feed post</source>
        <translation>Insertar una publicación del feed</translation>
    </message>
    <message>
        <source>Tick the cues the post really contains; learners try to find them. The post joins the feed the cursor is in, or starts a new feed there.</source>
        <translation>Marca las pistas que la publicación contiene de verdad; los estudiantes intentarán encontrarlas. La publicación se añade al feed donde está el cursor o empieza allí un feed nuevo.</translation>
    </message>
    <message>
        <source>The name shown on the post</source>
        <translation>El nombre que aparece en la publicación</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>@handle (optional)</source>
        <translation>@usuario (opcional)</translation>
    </message>
    <message>
        <source>&amp;Handle:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>What the post says</source>
        <translation>Lo que dice la publicación</translation>
    </message>
    <message>
        <source>&amp;Post text:</source>
        <translation>&amp;Texto de la publicación:</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Id:</translation>
    </message>
    <message>
        <source>e.g. 2h</source>
        <translation>p. ej., 2 h</translation>
    </message>
    <message>
        <source>Posted:</source>
        <translation>Publicado:</translation>
    </message>
    <message>
        <source>Likes:</source>
        <translation>Me gusta:</translation>
    </message>
    <message>
        <source>Comments:</source>
        <translation>Comentarios:</translation>
    </message>
    <message>
        <source>Shown as:</source>
        <translation>Se muestra como:</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Sin imagen</translation>
    </message>
    <message>
        <source>Choose a picture…</source>
        <translation>Elegir una imagen…</translation>
    </message>
    <message>
        <source>Picture:</source>
        <translation>Imagen:</translation>
    </message>
    <message>
        <source>Cues in it:</source>
        <translation>Pistas que contiene:</translation>
    </message>
    <message>
        <source>Optional: a cue of your own, e.g. fake-review</source>
        <translation>Opcional: una pista propia, p. ej., fake-review</translation>
    </message>
    <message>
        <source>It is added to the cues learners can tag in this feed</source>
        <translation>Se añade a las pistas que los estudiantes pueden marcar en este feed</translation>
    </message>
    <message>
        <source>&amp;Another cue:</source>
        <translation>&amp;Otra pista:</translation>
    </message>
    <message>
        <source>Shown after checking: why the post has these cues</source>
        <translation>Se muestra tras comprobar: por qué la publicación tiene estas pistas</translation>
    </message>
    <message>
        <source>&amp;Explanation:</source>
        <translation>&amp;Explicación:</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>Elegir una imagen</translation>
    </message>
    <message>
        <source>Pictures ({0})</source>
        <translation>Imágenes ({0})</translation>
    </message>
    <message>
        <source>Give the post a name to show.</source>
        <translation>Ponle a la publicación un nombre para mostrar.</translation>
    </message>
    <message>
        <source>Write what the post says.</source>
        <translation>Escribe lo que dice la publicación.</translation>
    </message>
    <message>
        <source>A cue uses small letters, digits and &apos;-&apos; only, e.g. fake-review.</source>
        <translation>Una pista solo lleva minúsculas, cifras y &apos;-&apos;, p. ej., fake-review.</translation>
    </message>
    <message>
        <source>Explain the post&apos;s cues (or why it has none): learners read it after checking.</source>
        <translation>Explica las pistas de la publicación (o por qué no tiene ninguna): los estudiantes lo leen después de comprobar.</translation>
    </message>
</context>
<context>
    <name>FeedWidget</name>
    <message>
        <source>Feed: spot the cues</source>
        <translation>Feed: encuentra las pistas</translation>
    </message>
    <message>
        <source>Feed · {0} posts · spot the cues</source>
        <translation>Feed · publicaciones: {0} · encuentra las pistas</translation>
    </message>
    <message>
        <source>Feed: {0} posts, spot the cues</source>
        <translation>Feed: publicaciones: {0}, encuentra las pistas</translation>
    </message>
    <message>
        <source>Scroll through the feed. For each post, tick the cues you notice, then press “Check my tags”.</source>
        <translation>Desplázate por el feed. En cada publicación, marca las pistas que veas y luego pulsa «Comprobar mis marcas».</translation>
    </message>
    <message>
        <source>Check my tags</source>
        <translation>Comprobar mis marcas</translation>
    </message>
    <message>
        <source>Check the cues I tagged in every post</source>
        <translation>Comprobar las pistas que he marcado en cada publicación</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Intentarlo de nuevo</translation>
    </message>
    <message>
        <source>Clear my tags and try the feed again</source>
        <translation>Borrar mis marcas y volver a intentar el feed</translation>
    </message>
    <message>
        <source>You found {0} of {1} cues. Missed: {2}. Wrongly tagged: {3}. Score: {4} of {5} points.</source>
        <translation>Pistas encontradas: {0} de {1}. Se te han pasado: {2}. Marcadas por error: {3}. Puntuación: {4} de {5} puntos.</translation>
    </message>
</context>
<context>
    <name>FileNames</name>
    <message>
        <source>grades</source>
        <translation>calificaciones</translation>
    </message>
    <message>
        <source>all-attempts</source>
        <translation>todos-los-intentos</translation>
    </message>
    <message>
        <source>archive</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>xapi-statements</source>
        <translation>declaraciones-xapi</translation>
    </message>
    <message>
        <source>roster</source>
        <translation>lista-de-clase</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>certificado</translation>
    </message>
    <message>
        <source>learner</source>
        <translation>estudiante</translation>
    </message>
    <message>
        <source>worksheet</source>
        <translation>ficha</translation>
    </message>
    <message>
        <source>answer-key</source>
        <translation>soluciones</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Text to find</source>
        <translation>Texto que buscar</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Reemplazar por</translation>
    </message>
    <message>
        <source>Replacement text</source>
        <translation>Texto de reemplazo</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Distinguir mayúsculas</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Reemplazar todo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close find and replace (Esc)</source>
        <translation>Cerrar buscar y reemplazar (Esc)</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>{0} replaced</source>
        <translation>Reemplazados: {0}</translation>
    </message>
    <message>
        <source>{0} found</source>
        <translation>Encontrados: {0}</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Insert</source>
        <translation>Insertar</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>{0}%</source>
        <translation>{0} %</translation>
    </message>
</context>
<context>
    <name>GridModel</name>
    <message>
        <source>Learner</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>Última actividad</translation>
    </message>
    <message>
        <source>{0}. {1} (a baseline: not counted in “Needs help”)</source>
        <translation>{0}. {1} (punto de partida: no cuenta en «Necesita ayuda»)</translation>
    </message>
    <message>
        <source>below {0}% in “{1}” ({2}%)</source>
        <translation>por debajo del {0} % en «{1}» ({2} %)</translation>
    </message>
    <message>
        <source>no lesson started after the pre-test</source>
        <translation>ninguna lección empezada después de la prueba inicial</translation>
    </message>
    <message>
        <source>no lesson of “{0}” started after its pre-test</source>
        <translation>ninguna lección de «{0}» empezada después de su prueba inicial</translation>
    </message>
    <message>
        <source>{0}: needs help: {1}</source>
        <translation>{0}: necesita ayuda: {1}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>{0} · last active {1}</source>
        <translation>{0} · última actividad: {1}</translation>
    </message>
    <message>
        <source>started</source>
        <translation>empezada</translation>
    </message>
    <message>
        <source>{0} · {1}: not started</source>
        <translation>{0} · {1}: sin empezar</translation>
    </message>
    <message>
        <source>best score {0:.0f}%</source>
        <translation>mejor puntuación: {0:.0f} %</translation>
    </message>
    <message>
        <source>no score yet</source>
        <translation>todavía sin puntuación</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n intento</numerusform>
            <numerusform>%n intentos</numerusform>
        </translation>
    </message>
    <message>
        <source>completed {0}</source>
        <translation>completada el {0}</translation>
    </message>
    <message>
        <source>not completed</source>
        <translation>sin completar</translation>
    </message>
    <message>
        <source>last activity {0}</source>
        <translation>última actividad: {0}</translation>
    </message>
</context>
<context>
    <name>IdField</name>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Letters, digits, &apos;-&apos; and &apos;_&apos;. Learners&apos; answers are kept by id: do not change it once the lesson is in use.</source>
        <translation>Letras, cifras, &apos;-&apos; y &apos;_&apos;. Las respuestas de los estudiantes se guardan por id: no lo cambies cuando la lección ya esté en uso.</translation>
    </message>
    <message>
        <source>Give it an id.</source>
        <translation>Ponle un id.</translation>
    </message>
    <message>
        <source>The id &apos;{0}&apos; may use letters, digits, &apos;-&apos; and &apos;_&apos; only.</source>
        <translation>El id &apos;{0}&apos; solo puede llevar letras, cifras, &apos;-&apos; y &apos;_&apos;.</translation>
    </message>
    <message>
        <source>The id &apos;{0}&apos; is already used in this lesson.</source>
        <translation>El id &apos;{0}&apos; ya se usa en esta lección.</translation>
    </message>
</context>
<context>
    <name>ImageDialog</name>
    <message>
        <source>Insert a picture</source>
        <translation>Insertar una imagen</translation>
    </message>
    <message>
        <source>The picture is copied into the lesson&apos;s images folder. Pictures wider or taller than {0} pixels are made smaller.</source>
        <translation>La imagen se copia en la carpeta de imágenes de la lección. Las imágenes de más de {0} píxeles de ancho o de alto se reducen.</translation>
    </message>
    <message>
        <source>No picture chosen</source>
        <translation>No se ha elegido ninguna imagen</translation>
    </message>
    <message>
        <source>Choose a picture…</source>
        <translation>Elegir una imagen…</translation>
    </message>
    <message>
        <source>Picture:</source>
        <translation>Imagen:</translation>
    </message>
    <message>
        <source>e.g. A phone showing a post with #ad at the end</source>
        <translation>p. ej., Un móvil que muestra una publicación que termina con #publi</translation>
    </message>
    <message>
        <source>Screen readers read this to learners who cannot see the picture</source>
        <translation>Los lectores de pantalla leen esto a los estudiantes que no pueden ver la imagen</translation>
    </message>
    <message>
        <source>&amp;Describe it:</source>
        <translation>&amp;Descríbela:</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>Elegir una imagen</translation>
    </message>
    <message>
        <source>Pictures ({0})</source>
        <translation>Imágenes ({0})</translation>
    </message>
    <message>
        <source>(no preview of this file)</source>
        <translation>(sin vista previa de este archivo)</translation>
    </message>
    <message>
        <source>Choose a picture file.</source>
        <translation>Elige un archivo de imagen.</translation>
    </message>
    <message>
        <source>Lessons show PNG, JPEG, GIF, WebP and SVG pictures.</source>
        <translation>Las lecciones muestran imágenes PNG, JPEG, GIF, WebP y SVG.</translation>
    </message>
    <message>
        <source>Describe the picture in a few words, for learners who cannot see it.</source>
        <translation>Describe la imagen en pocas palabras, para los estudiantes que no pueden verla.</translation>
    </message>
</context>
<context>
    <name>Inserter</name>
    <message>
        <source>Put the cursor in a scenario node first: the choice is added to that node.</source>
        <translation>Pon primero el cursor en un nodo del escenario: la opción se añade a ese nodo.</translation>
    </message>
    <message>
        <source>The picture could not be copied: {0}</source>
        <translation>No se ha podido copiar la imagen: {0}</translation>
    </message>
    <message>
        <source>Copied to {0} (made smaller)</source>
        <translation>Copiada en {0} (reducida)</translation>
    </message>
    <message>
        <source>Copied to {0}</source>
        <translation>Copiada en {0}</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insertar</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Automatic (the lesson&apos;s or the computer&apos;s language)</source>
        <translation>Automático (el idioma de la lección o del ordenador)</translation>
    </message>
    <message>
        <source>Media Literacy Lab — as the teacher sees it (nothing is stored)</source>
        <translation>Media Literacy Lab — vista docente (no se guarda nada)</translation>
    </message>
    <message>
        <source>Teacher preview</source>
        <translation>Vista previa docente</translation>
    </message>
</context>
<context>
    <name>LearnerRoom</name>
    <message>
        <source>My progress</source>
        <translation>Mi progreso</translation>
    </message>
    <message>
        <source>Your lessons, scores, time and what to do next (Ctrl+Shift+M)</source>
        <translation>Tus lecciones, puntuaciones, tiempo y lo que toca hacer ahora (Ctrl+Mayús+M)</translation>
    </message>
    <message>
        <source>Review my mistakes</source>
        <translation>Repasar mis errores</translation>
    </message>
    <message>
        <source>Review ({0} due)</source>
        <translation>Repaso: {0} hoy</translation>
    </message>
    <message>
        <source>Review: nothing due</source>
        <translation>Repaso: al día</translation>
    </message>
    <message numerus="yes">
        <source>Review my mistakes: %n item(s) due today</source>
        <translation>
            <numerusform>Repasar mis errores: %n pregunta pendiente hoy</numerusform>
            <numerusform>Repasar mis errores: %n preguntas pendientes hoy</numerusform>
        </translation>
    </message>
    <message>
        <source>Review my mistakes ({0} due)</source>
        <translation>Repasar mis errores ({0} pendientes)</translation>
    </message>
    <message>
        <source>You completed “{0}”! Your certificate is saved as {1} (also in My progress).</source>
        <translation>¡Has completado «{0}»! Tu certificado se ha guardado como {1} (también está en Mi progreso).</translation>
    </message>
    <message>
        <source>Certificate saved: {0}</source>
        <translation>Certificado guardado: {0}</translation>
    </message>
    <message>
        <source>Save your certificate</source>
        <translation>Guardar tu certificado</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>LessonView</name>
    <message>
        <source>Progress through the lesson</source>
        <translation>Avance en la lección</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Atrás</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Paso anterior</translation>
    </message>
    <message>
        <source>Previous step (Alt+Left)</source>
        <translation>Paso anterior (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Paso siguiente</translation>
    </message>
    <message>
        <source>Next step (Alt+Right)</source>
        <translation>Paso siguiente (Alt+Derecha)</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>Choose a lesson from the list on the left.</source>
        <translation>Elige una lección de la lista de la izquierda.</translation>
    </message>
    <message>
        <source>Lesson complete. Well done!</source>
        <translation>Lección completada. ¡Muy bien!</translation>
    </message>
    <message>
        <source>Step {0}</source>
        <translation>Paso {0}</translation>
    </message>
    <message>
        <source>{0}: {1} of {2} questions not answered</source>
        <translation>{0}: {1} de {2} preguntas sin responder</translation>
    </message>
    <message>
        <source>{0}: not played yet</source>
        <translation>{0}: todavía sin jugar</translation>
    </message>
    <message>
        <source>{0}: not written yet</source>
        <translation>{0}: todavía sin escribir</translation>
    </message>
    <message>
        <source>{0}: not submitted yet</source>
        <translation>{0}: todavía sin enviar</translation>
    </message>
    <message>
        <source>Finish the lesson?</source>
        <translation>¿Terminar la lección?</translation>
    </message>
    <message>
        <source>Some activities are not done yet:</source>
        <translation>Algunas actividades todavía no están hechas:</translation>
    </message>
    <message>
        <source>Finish the lesson anyway?</source>
        <translation>¿Terminar la lección de todos modos?</translation>
    </message>
    <message>
        <source>Finish anyway</source>
        <translation>Terminar de todos modos</translation>
    </message>
    <message>
        <source>Keep working</source>
        <translation>Seguir trabajando</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Introducción</translation>
    </message>
    <message>
        <source>Step {0} of {1}: {2}</source>
        <translation>Paso {0} de {1}: {2}</translation>
    </message>
    <message>
        <source>Step %v of %m</source>
        <translation>Paso %v de %m</translation>
    </message>
    <message>
        <source>Finish lesson ✔</source>
        <translation>Terminar la lección ✔</translation>
    </message>
    <message>
        <source>Finish the lesson</source>
        <translation>Terminar la lección</translation>
    </message>
    <message>
        <source>**In this lesson you will:**</source>
        <translation>**En esta lección vas a:**</translation>
    </message>
    <message>
        <source>What you will learn</source>
        <translation>Lo que vas a aprender</translation>
    </message>
    <message>
        <source>Lesson text: {0}</source>
        <translation>Texto de la lección: {0}</translation>
    </message>
    <message>
        <source>**Teacher notes**</source>
        <translation>**Notas para docentes**</translation>
    </message>
    <message>
        <source>Teacher notes</source>
        <translation>Notas para docentes</translation>
    </message>
</context>
<context>
    <name>LibrarySidebar</name>
    <message>
        <source>Lessons</source>
        <translation>Lecciones</translation>
    </message>
    <message>
        <source>Other lessons</source>
        <translation>Otras lecciones</translation>
    </message>
    <message>
        <source>No lesson could be opened:
they all have mistakes.
See Help &gt; Lesson problems.</source>
        <translation>No se ha podido abrir ninguna lección:
todas tienen errores.
Consulta Ayuda &gt; Problemas de las lecciones.</translation>
    </message>
    <message>
        <source>No lessons were found.
The course that comes with
the app is missing: ask your
teacher or IT to reinstall it.</source>
        <translation>No se ha encontrado ninguna lección.
Falta el curso que viene
con la aplicación: pide a tu
docente o al servicio informático
que la vuelva a instalar.</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completada</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>sin empezar</translation>
    </message>
    <message>
        <source>{0}
{1} of {2} done</source>
        <translation>{0}
{1} de {2} hechas</translation>
    </message>
</context>
<context>
    <name>LrsClassDialog</name>
    <message>
        <source>Open class from LRS</source>
        <translation>Abrir la clase desde el LRS</translation>
    </message>
    <message>
        <source>Read a class from the district&apos;s Learning Record Store: every PC&apos;s results that reached it, also from PCs that share no folder with this one.</source>
        <translation>Leer una clase desde el Learning Record Store (LRS) del distrito: todos los resultados de cada PC que han llegado a él, también de los PC que no comparten ninguna carpeta con este.</translation>
    </message>
    <message>
        <source>optional: a CSV with name, student id, account</source>
        <translation>opcional: un CSV con nombre, número de estudiante y cuenta</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>LRS address</source>
        <translation>Dirección del LRS</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Lista de clase</translation>
    </message>
    <message>
        <source>Without a roster, learners are shown by their account (“Learner 1a2b3c4d”). A roster exported on a PC (Export… → Class roster CSV) names them.</source>
        <translation>Sin lista de clase, los estudiantes aparecen por su cuenta («Learner 1a2b3c4d»). Una lista de clase exportada en un PC (Exportar… → Lista de clase CSV) les pone nombre.</translation>
    </message>
    <message>
        <source>Reading progress</source>
        <translation>Progreso de la lectura</translation>
    </message>
    <message>
        <source>Open class</source>
        <translation>Abrir la clase</translation>
    </message>
    <message>
        <source>Roster for the LRS class</source>
        <translation>Lista de la clase del LRS</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Archivos CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Type the LRS address first.</source>
        <translation>Escribe primero la dirección del LRS.</translation>
    </message>
    <message>
        <source>Reading statements from {0} …</source>
        <translation>Leyendo las declaraciones de {0} …</translation>
    </message>
    <message>
        <source>Reading the class failed: {0}</source>
        <translation>No se ha podido leer la clase: {0}</translation>
    </message>
    <message>
        <source>{0} statements read …</source>
        <translation>Declaraciones leídas: {0} …</translation>
    </message>
    <message>
        <source>The class could not be built: {0}</source>
        <translation>No se ha podido crear la clase: {0}</translation>
    </message>
</context>
<context>
    <name>LrsClassWindow</name>
    <message>
        <source>Class from the LRS — {0}</source>
        <translation>Clase desde el LRS — {0}</translation>
    </message>
    <message>
        <source>{0} learners, {1} statements from {2}.</source>
        <translation>Estudiantes: {0}; declaraciones de {2}: {1}.</translation>
    </message>
    <message>
        <source>{0} statements of other apps were left out.</source>
        <translation>Se han descartado declaraciones de otras aplicaciones: {0}.</translation>
    </message>
    <message>
        <source>{0} voided statements were removed.</source>
        <translation>Se han quitado declaraciones anuladas: {0}.</translation>
    </message>
    <message>
        <source>{0} statements could not be read.</source>
        <translation>No se han podido leer declaraciones: {0}.</translation>
    </message>
    <message>
        <source>Feed posts and reflection texts stay on the learners&apos; PCs.</source>
        <translation>Las publicaciones del feed y los textos de reflexión se quedan en los PC de los estudiantes.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>LrsStatusWidget</name>
    <message>
        <source>Send now</source>
        <translation>Enviar ahora</translation>
    </message>
    <message>
        <source>Try to deliver the waiting statements right away</source>
        <translation>Intentar entregar ya las declaraciones pendientes</translation>
    </message>
    <message>
        <source>Statements the LRS refused, with the reason</source>
        <translation>Declaraciones rechazadas por el LRS, con el motivo</translation>
    </message>
    <message>
        <source>Connection to the district&apos;s Learning Record Store</source>
        <translation>Conexión con el Learning Record Store (LRS) del distrito</translation>
    </message>
    <message>
        <source>LRS address</source>
        <translation>Dirección del LRS</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Saved in plain text in this PC&apos;s results database. A config file set up by IT takes precedence.</source>
        <translation>Se guarda como texto sin cifrar en la base de datos de resultados de este PC. Un archivo de configuración preparado por el servicio informático tiene prioridad.</translation>
    </message>
    <message>
        <source>Save and connect</source>
        <translation>Guardar y conectar</translation>
    </message>
    <message>
        <source>Results go to {0} (set in the {1}).</source>
        <translation>Los resultados van a {0} (configurado en: {1}).</translation>
    </message>
    <message>
        <source>Results go to {0} (set in the teacher settings).</source>
        <translation>Los resultados van a {0} (configurado en los ajustes docentes).</translation>
    </message>
    <message>
        <source>No Learning Record Store is set. Results are kept on this PC and will be sent once one is set below or in the config file.</source>
        <translation>No hay ningún Learning Record Store configurado. Los resultados se guardan en este PC y se enviarán cuando se configure uno aquí abajo o en el archivo de configuración.</translation>
    </message>
    <message>
        <source>Waiting: {0}</source>
        <translation>Pendientes: {0}</translation>
    </message>
    <message>
        <source>Delivered: {0}</source>
        <translation>Entregadas: {0}</translation>
    </message>
    <message>
        <source>Refused: {0}</source>
        <translation>Rechazadas: {0}</translation>
    </message>
    <message>
        <source>Last try: {0}</source>
        <translation>Último intento: {0}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>last delivery: {0}</source>
        <translation>última entrega: {0}</translation>
    </message>
    <message>
        <source>Last error: {0}. Statements stay queued and are retried.</source>
        <translation>Último error: {0}. Las declaraciones siguen en cola y se vuelven a intentar.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Media Literacy Lab</source>
        <translation>Media Literacy Lab</translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s) could not be loaded: see Help &gt; Lesson problems.</source>
        <translation>
            <numerusform>No se ha podido cargar %n lección: consulta Ayuda &gt; Problemas de las lecciones.</numerusform>
            <numerusform>No se han podido cargar %n lecciones: consulta Ayuda &gt; Problemas de las lecciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Switch learner</source>
        <translation>Cambiar de estudiante</translation>
    </message>
    <message>
        <source>Go back to &quot;Who&apos;s learning?&quot;</source>
        <translation>Volver a «¿Quién aprende?»</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lecciones</translation>
    </message>
    <message>
        <source>Show or hide the list of lessons (Ctrl+L)</source>
        <translation>Mostrar u ocultar la lista de lecciones (Ctrl+L)</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Texto más pequeño</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>Más pequeño</translation>
    </message>
    <message>
        <source>Smaller text (Ctrl+-)</source>
        <translation>Texto más pequeño (Ctrl+-)</translation>
    </message>
    <message>
        <source>Bigger text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <source>Bigger</source>
        <translation>Más grande</translation>
    </message>
    <message>
        <source>Bigger text (Ctrl++)</source>
        <translation>Texto más grande (Ctrl++)</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation>Tamaño de texto normal</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>More tools</source>
        <translation>Más herramientas</translation>
    </message>
    <message>
        <source>Author mode…</source>
        <translation>Modo autor…</translation>
    </message>
    <message>
        <source>Open a lesson file to edit it beside a live preview</source>
        <translation>Abrir el archivo de una lección para editarlo junto a una vista previa en directo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Lesson problems…</source>
        <translation>Problemas de las lecciones…</translation>
    </message>
    <message>
        <source>{0} is already here: pick the tile.</source>
        <translation>{0} ya está aquí: elige su casilla.</translation>
    </message>
    <message>
        <source>Learning: {0}</source>
        <translation>Aprendiendo: {0}</translation>
    </message>
    <message>
        <source>“{0}” is complete.</source>
        <translation>«{0}» está completada.</translation>
    </message>
    <message>
        <source>Lesson complete. Next up: {0}, in the list on the left.</source>
        <translation>Lección completada. La siguiente: {0}, en la lista de la izquierda.</translation>
    </message>
    <message>
        <source>Lesson problems</source>
        <translation>Problemas de las lecciones</translation>
    </message>
    <message>
        <source>Every lesson loaded without errors.</source>
        <translation>Todas las lecciones se han cargado sin errores.</translation>
    </message>
    <message>
        <source>These lessons have errors and are not shown:</source>
        <translation>Estas lecciones tienen errores y no se muestran:</translation>
    </message>
    <message>
        <source>{0}%</source>
        <translation>{0} %</translation>
    </message>
    <message>
        <source>Text size {0}%</source>
        <translation>Tamaño del texto: {0} %</translation>
    </message>
    <message>
        <source>Text size {0}%: back to 100% (Ctrl+0)</source>
        <translation>Tamaño del texto: {0} %; volver al 100 % (Ctrl+0)</translation>
    </message>
</context>
<context>
    <name>MatchInput</name>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Match for: {0}</source>
        <translation>Pareja de: {0}</translation>
    </message>
    <message>
        <source>Correct pairs: {0}</source>
        <translation>Parejas correctas: {0}</translation>
    </message>
    <message>
        <source>correct</source>
        <translation>correcta</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>incorrecta</translation>
    </message>
</context>
<context>
    <name>MyProgressPage</name>
    <message>
        <source>My progress</source>
        <translation>Mi progreso</translation>
    </message>
    <message>
        <source>◀ Back to lessons</source>
        <translation>◀ Volver a las lecciones</translation>
    </message>
    <message>
        <source>Back to the lessons</source>
        <translation>Volver a las lecciones</translation>
    </message>
    <message>
        <source>Back to the lessons (Esc)</source>
        <translation>Volver a las lecciones (Esc)</translation>
    </message>
    <message>
        <source>{0} of {1} lessons completed</source>
        <translation>Lecciones completadas: {0} de {1}</translation>
    </message>
    <message>
        <source>time spent: {0}</source>
        <translation>tiempo dedicado: {0}</translation>
    </message>
    <message>
        <source>nothing to review today</source>
        <translation>nada que repasar hoy</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) to review today</source>
        <translation>
            <numerusform>%n pregunta que repasar hoy</numerusform>
            <numerusform>%n preguntas que repasar hoy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have %n item(s) to review today: questions you got wrong before, spaced out so that they stick.</source>
        <translation>
            <numerusform>Hoy tienes %n pregunta que repasar: preguntas que fallaste antes, espaciadas en el tiempo para que se te queden.</numerusform>
            <numerusform>Hoy tienes %n preguntas que repasar: preguntas que fallaste antes, espaciadas en el tiempo para que se te queden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Review now</source>
        <translation>Repasar ahora</translation>
    </message>
    <message>
        <source>Carry on with “{0}”: you are on step {1} of {2}.</source>
        <translation>Sigue con «{0}»: estás en el paso {1} de {2}.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Start “{0}”.</source>
        <translation>Empieza «{0}».</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>You completed “{0}”. Save your certificate of completion.</source>
        <translation>Has completado «{0}». Guarda tu certificado de finalización.</translation>
    </message>
    <message>
        <source>Save certificate…</source>
        <translation>Guardar el certificado…</translation>
    </message>
    <message>
        <source>You have completed every lesson. Well done! Your mistakes come back for review on the days they are due.</source>
        <translation>Has completado todas las lecciones. ¡Muy bien! Tus errores volverán para repasarlos los días que toque.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Ahora:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <source>Other lessons</source>
        <translation>Otras lecciones</translation>
    </message>
    <message>
        <source>Module: {0}</source>
        <translation>Módulo: {0}</translation>
    </message>
    <message>
        <source>average best score: {0}</source>
        <translation>media de las mejores puntuaciones: {0}</translation>
    </message>
    <message>
        <source>Best score per lesson in {0}</source>
        <translation>Mejor puntuación por lección en {0}</translation>
    </message>
    <message>
        <source>✔ completed</source>
        <translation>✔ completada</translation>
    </message>
    <message>
        <source>◐ step {0} of {1}</source>
        <translation>◐ paso {0} de {1}</translation>
    </message>
    <message>
        <source>○ not started</source>
        <translation>○ sin empezar</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lección</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Best score</source>
        <translation>Mejor puntuación</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Lessons of {0}: press Enter to open one</source>
        <translation>Lecciones de {0}: pulsa Intro para abrir una</translation>
    </message>
    <message>
        <source>{0} (step {1})</source>
        <translation>{0} (paso {1})</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>&lt;b&gt;Before and after: pre-test and post-test&lt;/b&gt;</source>
        <translation>&lt;b&gt;Antes y después: prueba inicial y prueba final&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Take the pre-test (“{0}”) at the start and the post-test (“{1}”) at the end: then you see what you learned.</source>
        <translation>Haz la prueba inicial («{0}») al principio y la prueba final («{1}») al final: así verás lo que has aprendido.</translation>
    </message>
    <message>
        <source>Pre-test: {0}. The post-test comes at the end of the module; then you see what you learned, objective by objective.</source>
        <translation>Prueba inicial: {0}. La prueba final llega al final del módulo; entonces verás lo que has aprendido, objetivo por objetivo.</translation>
    </message>
    <message>
        <source>Post-test: {0}. (You did not take the pre-test, so there is nothing to compare.)</source>
        <translation>Prueba final: {0}. (No hiciste la prueba inicial, así que no hay nada que comparar).</translation>
    </message>
    <message>
        <source>Pre-test: {0} → post-test: {1} ({2:+.0f} points).</source>
        <translation>Prueba inicial: {0} → prueba final: {1} ({2:+.0f} puntos).</translation>
    </message>
    <message>
        <source>Pre-test and post-test per objective</source>
        <translation>Prueba inicial y prueba final por objetivo</translation>
    </message>
    <message>
        <source>Pre-test</source>
        <translation>Prueba inicial</translation>
    </message>
    <message>
        <source>Post-test</source>
        <translation>Prueba final</translation>
    </message>
    <message>
        <source>Module completed: your certificate is ready.</source>
        <translation>Módulo completado: tu certificado está listo.</translation>
    </message>
    <message>
        <source>Complete every lesson of this module to get a certificate ({0} to go).</source>
        <translation>Completa todas las lecciones de este módulo para conseguir un certificado (te faltan {0}).</translation>
    </message>
    <message>
        <source>Show my score</source>
        <translation>Mostrar mi puntuación</translation>
    </message>
    <message>
        <source>Show my score on the certificate</source>
        <translation>Mostrar mi puntuación en el certificado</translation>
    </message>
    <message>
        <source>Save the certificate of {0} as a PDF</source>
        <translation>Guardar el certificado de {0} como PDF</translation>
    </message>
</context>
<context>
    <name>NewLessonDialog</name>
    <message>
        <source>New lesson</source>
        <translation>Nueva lección</translation>
    </message>
    <message>
        <source>The new lesson shows every kind of activity with example text, ready to be replaced with yours.</source>
        <translation>La nueva lección muestra todos los tipos de actividad con texto de ejemplo, listo para que lo sustituyas por el tuyo.</translation>
    </message>
    <message>
        <source>Create the lesson</source>
        <translation>Crear la lección</translation>
    </message>
    <message>
        <source>e.g. Spotting sponsored posts</source>
        <translation>p. ej., Detectar publicaciones patrocinadas</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Lessons are grouped by module in the learners&apos; list</source>
        <translation>Las lecciones se agrupan por módulo en la lista de los estudiantes</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Módulo:</translation>
    </message>
    <message>
        <source>The language the lesson is written in (a code such as en or fr)</source>
        <translation>El idioma en el que está escrita la lección (un código como es o fr)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Cambiar…</translation>
    </message>
    <message>
        <source>Course folder:</source>
        <translation>Carpeta del curso:</translation>
    </message>
    <message>
        <source>My course</source>
        <translation>Mi curso</translation>
    </message>
    <message>
        <source>Choose the course folder</source>
        <translation>Elegir la carpeta del curso</translation>
    </message>
    <message>
        <source>It will be saved as {0}, with the id “{1}”.</source>
        <translation>Se guardará como {0}, con el id «{1}».</translation>
    </message>
    <message>
        <source>Give the lesson a title.</source>
        <translation>Ponle un título a la lección.</translation>
    </message>
    <message>
        <source>Name the module the lesson belongs to.</source>
        <translation>Indica el módulo al que pertenece la lección.</translation>
    </message>
    <message>
        <source>“{0}” already has a lesson called “{1}” ({2}): choose another title, so learners can tell them apart.</source>
        <translation>«{0}» ya tiene una lección llamada «{1}» ({2}): elige otro título para que los estudiantes puedan distinguirlas.</translation>
    </message>
    <message>
        <source>The lesson could not be written: {0}</source>
        <translation>No se ha podido escribir la lección: {0}</translation>
    </message>
</context>
<context>
    <name>NotesWindow</name>
    <message>
        <source>Presenter notes</source>
        <translation>Notas del presentador</translation>
    </message>
    <message>
        <source>Teacher notes for the slide on the projector</source>
        <translation>Notas para docentes de la diapositiva proyectada</translation>
    </message>
    <message>
        <source>Teacher notes</source>
        <translation>Notas para docentes</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; · next: {1}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; · siguiente: {1}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Answer:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Respuesta:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <source>No teacher notes here.</source>
        <translation>Aquí no hay notas para docentes.</translation>
    </message>
</context>
<context>
    <name>NumericInput</name>
    <message>
        <source>Type a number</source>
        <translation>Escribe un número</translation>
    </message>
    <message>
        <source>Your answer, in {0}</source>
        <translation>Tu respuesta, en {0}</translation>
    </message>
    <message>
        <source>Write the unit too.</source>
        <translation>Escribe también la unidad.</translation>
    </message>
    <message>
        <source>A number and its unit</source>
        <translation>Un número y su unidad</translation>
    </message>
    <message>
        <source>Your answer, a number and its unit</source>
        <translation>Tu respuesta, un número y su unidad</translation>
    </message>
    <message>
        <source>Your answer, a number</source>
        <translation>Tu respuesta, un número</translation>
    </message>
    <message>
        <source>✔ Accepted.</source>
        <translation>✔ Aceptada.</translation>
    </message>
    <message>
        <source>✘ Not accepted.</source>
        <translation>✘ No aceptada.</translation>
    </message>
    <message>
        <source>The answer is not a number.</source>
        <translation>La respuesta no es un número.</translation>
    </message>
    <message>
        <source>The answer needs its unit: {0}.</source>
        <translation>La respuesta necesita su unidad: {0}.</translation>
    </message>
    <message>
        <source>The answer must be in {0}.</source>
        <translation>La respuesta debe estar en {0}.</translation>
    </message>
    <message>
        <source>The answer: {0}.</source>
        <translation>La respuesta: {0}.</translation>
    </message>
    <message>
        <source>{0} to {1}</source>
        <translation>de {0} a {1}</translation>
    </message>
</context>
<context>
    <name>OrderInput</name>
    <message>
        <source>Items to put in order</source>
        <translation>Elementos que ordenar</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move the selected item up</source>
        <translation>Subir el elemento seleccionado</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move the selected item down</source>
        <translation>Bajar el elemento seleccionado</translation>
    </message>
    <message>
        <source>Correct order: {0}</source>
        <translation>Orden correcto: {0}</translation>
    </message>
</context>
<context>
    <name>PackInstaller</name>
    <message>
        <source>Install lesson pack…</source>
        <translation>Instalar un paquete de lecciones…</translation>
    </message>
    <message>
        <source>Add the lessons of a .zip lesson pack (teacher mode)</source>
        <translation>Añadir las lecciones de un paquete de lecciones .zip (modo docente)</translation>
    </message>
    <message>
        <source>Install lesson pack</source>
        <translation>Instalar un paquete de lecciones</translation>
    </message>
    <message>
        <source>Lesson packs (*.zip)</source>
        <translation>Paquetes de lecciones (*.zip)</translation>
    </message>
    <message>
        <source>Teachers only</source>
        <translation>Solo para docentes</translation>
    </message>
    <message>
        <source>Installing lessons is part of teacher mode. Enter the teacher PIN first.</source>
        <translation>Instalar lecciones forma parte del modo docente. Introduce primero el PIN docente.</translation>
    </message>
    <message>
        <source>Lesson pack installed</source>
        <translation>Paquete de lecciones instalado</translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s) from {0} are now in the library.</source>
        <translation>
            <numerusform>%n lección de {0} ya está en la biblioteca.</numerusform>
            <numerusform>%n lecciones de {0} ya están en la biblioteca.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lesson pack refused</source>
        <translation>Paquete de lecciones rechazado</translation>
    </message>
    <message>
        <source>{0} was not installed. Nothing was changed. Reasons:</source>
        <translation>{0} no se ha instalado. No se ha cambiado nada. Motivos:</translation>
    </message>
</context>
<context>
    <name>PcStatusPanel</name>
    <message>
        <source>PCs publishing to the class folder</source>
        <translation>PC que publican en la carpeta de la clase</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>PC</source>
        <translation>PC</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Estudiantes</translation>
    </message>
    <message>
        <source>Last published</source>
        <translation>Última publicación</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s)</source>
        <translation>
            <numerusform>%n estudiante</numerusform>
            <numerusform>%n estudiantes</numerusform>
        </translation>
    </message>
    <message>
        <source>published {0}</source>
        <translation>publicado: {0}</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>⚠ {0}; last published {1}</source>
        <translation>⚠ {0}; última publicación: {1}</translation>
    </message>
    <message>
        <source>⚠ quiet for a long time: last published {0}</source>
        <translation>⚠ sin publicar desde hace tiempo: última publicación: {0}</translation>
    </message>
    <message>
        <source>✔ up to date</source>
        <translation>✔ al día</translation>
    </message>
    <message>
        <source>No PC has published to the class folder yet.</source>
        <translation>Todavía no ha publicado ningún PC en la carpeta de la clase.</translation>
    </message>
    <message numerus="yes">
        <source>%n PC(s) publish to the class folder, with {0} between them.</source>
        <translation>
            <numerusform>%n PC publica en la carpeta de la clase, con {0} en total.</numerusform>
            <numerusform>%n PC publican en la carpeta de la clase, con {0} en total.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n PC(s) have not published for a long time: their learners&apos; latest work may be missing here.</source>
        <translation>
            <numerusform>⚠ %n PC no publica desde hace tiempo: puede que aquí falte el último trabajo de sus estudiantes.</numerusform>
            <numerusform>⚠ %n PC no publican desde hace tiempo: puede que aquí falte el último trabajo de sus estudiantes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n PC(s) have a problem (see the State column).</source>
        <translation>
            <numerusform>⚠ %n PC tiene un problema (ver la columna Estado).</numerusform>
            <numerusform>⚠ %n PC tienen un problema (ver la columna Estado).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Teacher mode</source>
        <translation>Modo docente</translation>
    </message>
    <message>
        <source>Choose a teacher PIN (4 to 12 digits). Students must not see it.</source>
        <translation>Elige un PIN docente (de 4 a 12 cifras). Los estudiantes no deben verlo.</translation>
    </message>
    <message>
        <source>Enter the teacher PIN.</source>
        <translation>Introduce el PIN docente.</translation>
    </message>
    <message>
        <source>Teacher PIN</source>
        <translation>PIN docente</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <source>Teacher PIN again</source>
        <translation>Repite el PIN docente</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Otra vez:</translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation>Guardar el PIN</translation>
    </message>
    <message>
        <source>Open teacher view</source>
        <translation>Abrir la vista docente</translation>
    </message>
    <message>
        <source>Wrong PIN. You can try again in {0} s.</source>
        <translation>PIN incorrecto. Puedes volver a intentarlo dentro de {0} s.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Ya puedes volver a intentarlo.</translation>
    </message>
    <message>
        <source>The two PINs differ. Type the same PIN twice.</source>
        <translation>Los dos PIN no coinciden. Escribe el mismo PIN dos veces.</translation>
    </message>
    <message>
        <source>Use digits only.</source>
        <translation>Usa solo cifras.</translation>
    </message>
    <message>
        <source>Use {0} to {1} digits.</source>
        <translation>Usa de {0} a {1} cifras.</translation>
    </message>
</context>
<context>
    <name>PostSlide</name>
    <message>
        <source>Check the class&apos;s cues</source>
        <translation>Comprobar las pistas de la clase</translation>
    </message>
    <message>
        <source>Check the cues the class found in this post</source>
        <translation>Comprobar las pistas que la clase ha encontrado en esta publicación</translation>
    </message>
    <message>
        <source>none: a plain post</source>
        <translation>ninguna: una publicación normal</translation>
    </message>
    <message>
        <source>Cues: {0}</source>
        <translation>Pistas: {0}</translation>
    </message>
</context>
<context>
    <name>PresenterCommand</name>
    <message>
        <source>Presenter mode</source>
        <translation>Modo presentación</translation>
    </message>
    <message>
        <source>Show the open lesson full screen on a projector, one step at a time (F5)</source>
        <translation>Mostrar la lección abierta a pantalla completa en un proyector, paso a paso (F5)</translation>
    </message>
    <message>
        <source>Open a lesson first, then present it.</source>
        <translation>Abre primero una lección y luego preséntala.</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <source>PageDown/→ next · PageUp/← back · 1-9 the class&apos;s choice · A answer · T count hands · Esc leave</source>
        <translation>AvPág/→ siguiente · RePág/← atrás · 1-9 elección de la clase · A respuesta · T contar manos · Esc salir</translation>
    </message>
    <message>
        <source>Presenter: {0}</source>
        <translation>Presentación: {0}</translation>
    </message>
    <message>
        <source>Presenter mode: {0}</source>
        <translation>Modo presentación: {0}</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} de {1}</translation>
    </message>
    <message>
        <source>{0}, {1} of {2}</source>
        <translation>{0}, {1} de {2}</translation>
    </message>
    <message>
        <source>In this lesson you will:</source>
        <translation>En esta lección vas a:</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>el final</translation>
    </message>
    <message>
        <source>{0} of {1}: {2}</source>
        <translation>{0} de {1}: {2}</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Preview as:</source>
        <translation>Vista previa como:</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>What a learner sees: no teacher notes</source>
        <translation>Lo que ve un estudiante: sin notas para docentes</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Docente</translation>
    </message>
    <message>
        <source>What the teacher sees: with teacher notes</source>
        <translation>Lo que ve el docente: con las notas para docentes</translation>
    </message>
    <message>
        <source>Try the activities: nothing is saved.</source>
        <translation>Prueba las actividades: no se guarda nada.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
</context>
<context>
    <name>PrintCommand</name>
    <message>
        <source>Print / Save as PDF…</source>
        <translation>Imprimir / Guardar como PDF…</translation>
    </message>
    <message>
        <source>Save the open lesson as a PDF worksheet to print (Ctrl+P)</source>
        <translation>Guardar la lección abierta como ficha PDF para imprimir (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Open a lesson first, then print it.</source>
        <translation>Abre primero una lección y luego imprímela.</translation>
    </message>
    <message>
        <source>The PDF could not be saved: {0}</source>
        <translation>No se ha podido guardar el PDF: {0}</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n page(s) as {0}</source>
        <translation>
            <numerusform>%n página guardada como {0}</numerusform>
            <numerusform>%n páginas guardadas como {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Print / Save as PDF</source>
        <translation>Imprimir / Guardar como PDF</translation>
    </message>
    <message>
        <source>The lesson is saved as a PDF worksheet: print it from your PDF viewer.</source>
        <translation>La lección se guarda como ficha PDF: imprímela desde tu visor de PDF.</translation>
    </message>
    <message>
        <source>This lesson: “{0}”</source>
        <translation>Esta lección: «{0}»</translation>
    </message>
    <message>
        <source>Every lesson of “{0}” ({1} lessons)</source>
        <translation>Todas las lecciones de «{0}» ({1} lecciones)</translation>
    </message>
    <message>
        <source>Add the answer key and teacher notes</source>
        <translation>Añadir las soluciones y las notas para docentes</translation>
    </message>
    <message>
        <source>Add the answer key and teacher notes (teacher mode only)</source>
        <translation>Añadir las soluciones y las notas para docentes (solo en modo docente)</translation>
    </message>
    <message>
        <source>Only in teacher mode</source>
        <translation>Solo en modo docente</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>Open the PDF when it is saved</source>
        <translation>Abrir el PDF cuando se guarde</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <source>Learners&apos; data…</source>
        <translation>Datos de los estudiantes…</translation>
    </message>
    <message>
        <source>How learners sign in; export or erase one learner&apos;s data; retention</source>
        <translation>Cómo inician sesión los estudiantes; exportar o borrar los datos de un estudiante; conservación</translation>
    </message>
    <message>
        <source>Learners&apos; data ({0} to erase)…</source>
        <translation>Datos de los estudiantes ({0} por borrar)…</translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s) inactive for more than {0} months ([privacy] keep_months)</source>
        <translation>
            <numerusform>%n estudiante inactivo desde hace más de {0} meses ([privacy] keep_months)</numerusform>
            <numerusform>%n estudiantes inactivos desde hace más de {0} meses ([privacy] keep_months)</numerusform>
        </translation>
    </message>
    <message>
        <source>Learners&apos; data</source>
        <translation>Datos de los estudiantes</translation>
    </message>
    <message>
        <source>One learner</source>
        <translation>Un estudiante</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Estudiantes</translation>
    </message>
    <message>
        <source>Export learner…</source>
        <translation>Exportar estudiante…</translation>
    </message>
    <message>
        <source>Everything the app holds about this learner, as one JSON file</source>
        <translation>Todo lo que la aplicación guarda sobre este estudiante, en un solo archivo JSON</translation>
    </message>
    <message>
        <source>Erase learner…</source>
        <translation>Borrar estudiante…</translation>
    </message>
    <message>
        <source>Remove this learner and all their work for good</source>
        <translation>Eliminar definitivamente a este estudiante y todo su trabajo</translation>
    </message>
    <message>
        <source>Reset sign-in</source>
        <translation>Restablecer el inicio de sesión</translation>
    </message>
    <message>
        <source>Forgot their pictures or code: they choose again at their next sign-in</source>
        <translation>Ha olvidado sus imágenes o su código: los volverá a elegir al iniciar sesión la próxima vez</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>How learners sign in</source>
        <translation>Cómo inician sesión los estudiantes</translation>
    </message>
    <message>
        <source>Name tile only (fast; anyone can pick any tile)</source>
        <translation>Solo la casilla con el nombre (rápido; cualquiera puede elegir cualquier casilla)</translation>
    </message>
    <message>
        <source>Name tile, then 2 of 9 pictures (young learners)</source>
        <translation>Casilla con el nombre y luego 2 de 9 imágenes (estudiantes más jóvenes)</translation>
    </message>
    <message>
        <source>Name tile, then a 4-6 digit code</source>
        <translation>Casilla con el nombre y luego un código de 4 a 6 cifras</translation>
    </message>
    <message>
        <source>Set by the school&apos;s configuration ([learners] sign_in).</source>
        <translation>Lo fija la configuración del centro ([learners] sign_in).</translation>
    </message>
    <message>
        <source>Learners now sign in with: {0}. Each learner chooses their pictures or code at their next sign-in on this PC.</source>
        <translation>Ahora los estudiantes inician sesión con: {0}. Cada estudiante elige sus imágenes o su código la próxima vez que inicie sesión en este PC.</translation>
    </message>
    <message>
        <source>Learners now pick their tile only. Reflections are shown again only in the session that wrote them.</source>
        <translation>Ahora los estudiantes solo eligen su casilla. Las reflexiones solo se vuelven a mostrar en la sesión en la que se escribieron.</translation>
    </message>
    <message>
        <source>last seen {0}</source>
        <translation>visto por última vez: {0}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>on other PCs only</source>
        <translation>solo en otros PC</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archivado</translation>
    </message>
    <message>
        <source>Export learner</source>
        <translation>Exportar estudiante</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>{0} could not be written: {1}</source>
        <translation>No se ha podido escribir {0}: {1}</translation>
    </message>
    <message numerus="yes">
        <source>Wrote {0}: %n record(s). It holds the learner&apos;s own words: hand it over as a student record.</source>
        <translation>
            <numerusform>Escrito {0}: %n registro. Contiene las palabras del propio estudiante: entrégalo como un expediente del estudiante.</numerusform>
            <numerusform>Escrito {0}: %n registros. Contiene las palabras del propio estudiante: entrégalo como un expediente del estudiante.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) already sent to the LRS: {0}</source>
        <translation>
            <numerusform>%n declaración ya enviada al LRS: {0}</numerusform>
            <numerusform>%n declaraciones ya enviadas al LRS: {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} erased (%n record(s) on this PC).</source>
        <translation>
            <numerusform>{0} borrado (%n registro en este PC).</numerusform>
            <numerusform>{0} borrado (%n registros en este PC).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase %n learner(s) inactive for more than {0} months, with all their work, for good?</source>
        <translation>
            <numerusform>¿Borrar definitivamente a %n estudiante inactivo desde hace más de {0} meses, con todo su trabajo?</numerusform>
            <numerusform>¿Borrar definitivamente a %n estudiantes inactivos desde hace más de {0} meses, con todo su trabajo?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase %n learner(s)</source>
        <translation>
            <numerusform>Borrar %n estudiante</numerusform>
            <numerusform>Borrar %n estudiantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign-in reset: the learner chooses new pictures or a new code at their next sign-in.</source>
        <translation>Inicio de sesión restablecido: el estudiante elegirá nuevas imágenes o un nuevo código la próxima vez que inicie sesión.</translation>
    </message>
    <message>
        <source>This learner has not chosen pictures or a code on this PC.</source>
        <translation>Este estudiante no ha elegido imágenes ni código en este PC.</translation>
    </message>
    <message>
        <source>{0}  {1}</source>
        <translation>{0}  {1}</translation>
    </message>
    <message>
        <source>and their copies on {0}, erased when those PCs next read the class folder</source>
        <translation>y sus copias en {0}, que se borran cuando esos PC vuelvan a leer la carpeta de la clase</translation>
    </message>
    <message>
        <source>a voiding statement is queued for each</source>
        <translation>se pone en cola una declaración de anulación para cada una</translation>
    </message>
    <message>
        <source>listed after erasing, for the district to void</source>
        <translation>se listan después del borrado, para que el distrito las anule</translation>
    </message>
    <message>
        <source>Erase learner</source>
        <translation>Borrar estudiante</translation>
    </message>
    <message>
        <source>Erase {0} for good? This cannot be undone. It removes:</source>
        <translation>¿Borrar a {0} definitivamente? No se puede deshacer. Se elimina:</translation>
    </message>
    <message>
        <source>nothing on this PC</source>
        <translation>nada en este PC</translation>
    </message>
    <message>
        <source>Erase {0}</source>
        <translation>Borrar a {0}</translation>
    </message>
    <message>
        <source>Statements already sent to the LRS, for the district to void: {0}</source>
        <translation>Declaraciones ya enviadas al LRS, para que el distrito las anule: {0}</translation>
    </message>
    <message>
        <source>Not erased: {0}: {1}</source>
        <translation>No borrado: {0}: {1}</translation>
    </message>
    <message>
        <source>Learners no longer active</source>
        <translation>Estudiantes que ya no están activos</translation>
    </message>
    <message>
        <source>No sign-in and no work for more than</source>
        <translation>Sin iniciar sesión ni trabajar desde hace más de</translation>
    </message>
    <message>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <source>Months without activity</source>
        <translation>Meses sin actividad</translation>
    </message>
    <message>
        <source>Erase these learners…</source>
        <translation>Borrar a estos estudiantes…</translation>
    </message>
    <message>
        <source>The school keeps data for {0} months ([privacy] keep_months). </source>
        <translation>El centro conserva los datos durante {0} meses ([privacy] keep_months). </translation>
    </message>
    <message>
        <source>Inactive: {0}.</source>
        <translation>Inactivos: {0}.</translation>
    </message>
    <message>
        <source>Nobody is inactive for that long.</source>
        <translation>Nadie lleva tanto tiempo inactivo.</translation>
    </message>
    <message>
        <source>Erase learners</source>
        <translation>Borrar estudiantes</translation>
    </message>
</context>
<context>
    <name>ProfilePicker</name>
    <message>
        <source>Who&apos;s learning?</source>
        <translation>¿Quién aprende?</translation>
    </message>
    <message>
        <source>Pick your name. New here? Type your name at the bottom.</source>
        <translation>Elige tu nombre. ¿Primera vez aquí? Escribe tu nombre abajo.</translation>
    </message>
    <message>
        <source>Find your name…</source>
        <translation>Busca tu nombre…</translation>
    </message>
    <message>
        <source>Find your name</source>
        <translation>Busca tu nombre</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Estudiantes</translation>
    </message>
    <message>
        <source>New learner&apos;s name</source>
        <translation>Nombre del nuevo estudiante</translation>
    </message>
    <message>
        <source>Picture for the new learner</source>
        <translation>Imagen para el nuevo estudiante</translation>
    </message>
    <message>
        <source>Your initials, or a picture to find your tile quickly</source>
        <translation>Tus iniciales, o una imagen para encontrar rápido tu casilla</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Iniciales</translation>
    </message>
    <message>
        <source>Add learner</source>
        <translation>Añadir estudiante</translation>
    </message>
    <message>
        <source>Add a new learner</source>
        <translation>Añadir un nuevo estudiante</translation>
    </message>
    <message>
        <source>Picture: name tiles and a plus sign</source>
        <translation>Imagen: casillas con nombres y un signo más</translation>
    </message>
    <message>
        <source>No learners yet</source>
        <translation>Todavía no hay estudiantes</translation>
    </message>
    <message>
        <source>Type your name below and press Enter to start. Your tile will be here next time.</source>
        <translation>Escribe tu nombre abajo y pulsa Intro para empezar. La próxima vez tu casilla estará aquí.</translation>
    </message>
    <message>
        <source>Type a name first.</source>
        <translation>Escribe primero un nombre.</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <source>Class progress over time</source>
        <translation>Progreso de la clase en el tiempo</translation>
    </message>
    <message>
        <source>Lessons completed, as a share of all learners × lessons, by day. {0}.</source>
        <translation>Lecciones completadas, como parte del total de estudiantes × lecciones, por día. {0}.</translation>
    </message>
    <message>
        <source>No lesson completed yet.</source>
        <translation>Todavía no se ha completado ninguna lección.</translation>
    </message>
    <message>
        <source>Class progress: lessons completed (% of all learners × lessons)</source>
        <translation>Progreso de la clase: lecciones completadas (% del total de estudiantes × lecciones)</translation>
    </message>
</context>
<context>
    <name>ProseView</name>
    <message>
        <source>image not available</source>
        <translation>imagen no disponible</translation>
    </message>
    <message>
        <source>Open a web page?</source>
        <translation>¿Abrir una página web?</translation>
    </message>
    <message>
        <source>This link leaves the app and opens in your web browser:

{0}

Open it?</source>
        <translation>Este enlace sale de la aplicación y se abre en tu navegador:

{0}

¿Quieres abrirlo?</translation>
    </message>
    <message>
        <source>Lesson text</source>
        <translation>Texto de la lección</translation>
    </message>
    <message>
        <source>Picture: {0}</source>
        <translation>Imagen: {0}</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>remote image blocked</source>
        <translation>imagen externa bloqueada</translation>
    </message>
</context>
<context>
    <name>QLabel</name>
    <message>
        <source>This activity ({0}) cannot be shown yet.</source>
        <translation>Esta actividad ({0}) todavía no se puede mostrar.</translation>
    </message>
</context>
<context>
    <name>QuestionForm</name>
    <message>
        <source>Single choice (one right answer)</source>
        <translation>Respuesta única (una respuesta correcta)</translation>
    </message>
    <message>
        <source>Multiple answers (tick all that apply)</source>
        <translation>Varias respuestas (marca todas las correctas)</translation>
    </message>
    <message>
        <source>True or false</source>
        <translation>Verdadero o falso</translation>
    </message>
    <message>
        <source>Short text answer</source>
        <translation>Respuesta corta de texto</translation>
    </message>
    <message>
        <source>Put in order</source>
        <translation>Ordenar</translation>
    </message>
    <message>
        <source>Matching pairs</source>
        <translation>Emparejar</translation>
    </message>
    <message>
        <source>Insert a quiz question</source>
        <translation>Insertar una pregunta de cuestionario</translation>
    </message>
    <message>
        <source>The question joins the quiz the cursor is in, or starts a new quiz there.</source>
        <translation>La pregunta se añade al cuestionario donde está el cursor o empieza allí un cuestionario nuevo.</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>What do you want to ask?</source>
        <translation>¿Qué quieres preguntar?</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Pregunta:</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Id:</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Correcta</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Opción</translation>
    </message>
    <message>
        <source>A possible answer</source>
        <translation>Una respuesta posible</translation>
    </message>
    <message>
        <source>Feedback (optional)</source>
        <translation>Comentario (opcional)</translation>
    </message>
    <message>
        <source>Add a choice</source>
        <translation>Añadir una opción</translation>
    </message>
    <message>
        <source>Accepted answer</source>
        <translation>Respuesta aceptada</translation>
    </message>
    <message>
        <source>An answer you accept</source>
        <translation>Una respuesta que aceptas</translation>
    </message>
    <message>
        <source>Add an answer</source>
        <translation>Añadir una respuesta</translation>
    </message>
    <message>
        <source>The statement is true</source>
        <translation>La afirmación es verdadera</translation>
    </message>
    <message>
        <source>The statement is false</source>
        <translation>La afirmación es falsa</translation>
    </message>
    <message>
        <source>Item, in the right order</source>
        <translation>Elemento, en el orden correcto</translation>
    </message>
    <message>
        <source>Add an item</source>
        <translation>Añadir un elemento</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Lado izquierdo</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Pareja</translation>
    </message>
    <message>
        <source>Add a pair</source>
        <translation>Añadir una pareja</translation>
    </message>
    <message>
        <source>Answers:</source>
        <translation>Respuestas:</translation>
    </message>
    <message>
        <source>Optional: shown when the learner asks for a hint</source>
        <translation>Opcional: se muestra cuando el estudiante pide una pista</translation>
    </message>
    <message>
        <source>&amp;Hint:</source>
        <translation>P&amp;ista:</translation>
    </message>
    <message>
        <source>Optional: shown after answering</source>
        <translation>Opcional: se muestra después de responder</translation>
    </message>
    <message>
        <source>&amp;Explanation:</source>
        <translation>&amp;Explicación:</translation>
    </message>
    <message>
        <source>&amp;Points:</source>
        <translation>P&amp;untos:</translation>
    </message>
    <message>
        <source>Write the question.</source>
        <translation>Escribe la pregunta.</translation>
    </message>
    <message>
        <source>Write at least two choices.</source>
        <translation>Escribe al menos dos opciones.</translation>
    </message>
    <message>
        <source>Tick exactly one right choice (or choose “Multiple answers”).</source>
        <translation>Marca exactamente una opción correcta (o elige «Varias respuestas»).</translation>
    </message>
    <message>
        <source>Tick at least one right choice.</source>
        <translation>Marca al menos una opción correcta.</translation>
    </message>
    <message>
        <source>Write at least one answer you accept.</source>
        <translation>Escribe al menos una respuesta que aceptes.</translation>
    </message>
    <message>
        <source>Write at least two items.</source>
        <translation>Escribe al menos dos elementos.</translation>
    </message>
    <message>
        <source>Write at least two pairs.</source>
        <translation>Escribe al menos dos parejas.</translation>
    </message>
</context>
<context>
    <name>QuestionSlide</name>
    <message>
        <source>Question {0}</source>
        <translation>Pregunta {0}</translation>
    </message>
    <message>
        <source>Answer in a word or two.</source>
        <translation>Responde con una o dos palabras.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Why:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Por qué:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <source>The class chose {0}: ✔ right.</source>
        <translation>La clase ha elegido {0}: ✔ correcta.</translation>
    </message>
    <message>
        <source>The class chose {0}: ✔ one of the right answers ({1}).</source>
        <translation>La clase ha elegido {0}: ✔ una de las respuestas correctas ({1}).</translation>
    </message>
    <message>
        <source>The class chose {0}: ✘ not right. The answer: {1}.</source>
        <translation>La clase ha elegido {0}: ✘ incorrecta. La respuesta: {1}.</translation>
    </message>
    <message>
        <source>The answer: {0}</source>
        <translation>La respuesta: {0}</translation>
    </message>
</context>
<context>
    <name>QuestionWidget</name>
    <message>
        <source>Question {0} of {1}</source>
        <translation>Pregunta {0} de {1}</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <source>This answer is saved and cannot be changed</source>
        <translation>Esta respuesta está guardada y no se puede cambiar</translation>
    </message>
    <message>
        <source>Submit answer</source>
        <translation>Enviar respuesta</translation>
    </message>
    <message>
        <source>Submit answer to question {0}</source>
        <translation>Enviar la respuesta a la pregunta {0}</translation>
    </message>
    <message>
        <source>Show a hint</source>
        <translation>Ver una pista</translation>
    </message>
    <message>
        <source>Show a hint for question {0}</source>
        <translation>Ver una pista para la pregunta {0}</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Por hacer</translation>
    </message>
    <message>
        <source>✔ Right</source>
        <translation>✔ Correcto</translation>
    </message>
    <message>
        <source>◐ Partly right</source>
        <translation>◐ En parte correcto</translation>
    </message>
    <message>
        <source>✘ Not right</source>
        <translation>✘ Incorrecto</translation>
    </message>
    <message>
        <source>Hint: {0}</source>
        <translation>Pista: {0}</translation>
    </message>
    <message>
        <source>{0} of {1} point</source>
        <translation>{0} de {1} punto</translation>
    </message>
    <message>
        <source>{0} of {1} points</source>
        <translation>{0} de {1} puntos</translation>
    </message>
    <message>
        <source>✔ Correct: {0}.</source>
        <translation>✔ Correcto: {0}.</translation>
    </message>
    <message>
        <source>◐ Partly right: {0}.</source>
        <translation>◐ En parte correcto: {0}.</translation>
    </message>
    <message>
        <source>✘ Not quite: {0}.</source>
        <translation>✘ No del todo: {0}.</translation>
    </message>
    <message>
        <source>**Why:**</source>
        <translation>**Por qué:**</translation>
    </message>
</context>
<context>
    <name>QuizTestWidget</name>
    <message>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>This is a test: answer every question, then press Submit test. You can change your answers until then.</source>
        <translation>Esto es una prueba: responde a todas las preguntas y luego pulsa Enviar la prueba. Hasta entonces puedes cambiar tus respuestas.</translation>
    </message>
    <message>
        <source>Submit test</source>
        <translation>Enviar la prueba</translation>
    </message>
    <message>
        <source>Submit the whole test</source>
        <translation>Enviar toda la prueba</translation>
    </message>
    <message>
        <source>{0} of {1} answered</source>
        <translation>Respondidas: {0} de {1}</translation>
    </message>
    <message>
        <source>All questions answered: you can submit the test.</source>
        <translation>Todas las preguntas respondidas: ya puedes enviar la prueba.</translation>
    </message>
    <message>
        <source>Test submitted: {0} of {1} points.</source>
        <translation>Prueba enviada: {0} de {1} puntos.</translation>
    </message>
    <message>
        <source>Test submitted. Your answers are saved. You will see which were right after the post-test at the end of the course.</source>
        <translation>Prueba enviada. Tus respuestas están guardadas. Verás cuáles eran correctas después de la prueba final, al terminar el curso.</translation>
    </message>
    <message>
        <source>Test submitted. Your answers are saved.</source>
        <translation>Prueba enviada. Tus respuestas están guardadas.</translation>
    </message>
</context>
<context>
    <name>QuizWidget</name>
    <message>
        <source>Quiz</source>
        <translation>Cuestionario</translation>
    </message>
    <message>
        <source>Quiz · {0} questions</source>
        <translation>Cuestionario · {0} preguntas</translation>
    </message>
    <message>
        <source>Quiz · 1 question</source>
        <translation>Cuestionario · 1 pregunta</translation>
    </message>
    <message>
        <source>pass mark {0}</source>
        <translation>nota para aprobar: {0}</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Intentarlo de nuevo</translation>
    </message>
    <message>
        <source>Try the quiz again</source>
        <translation>Volver a hacer el cuestionario</translation>
    </message>
    <message>
        <source>Score: {0} of {1} points · {2} of {3} answered</source>
        <translation>Puntuación: {0} de {1} puntos · respondidas: {2} de {3}</translation>
    </message>
    <message>
        <source>Passed ({0})</source>
        <translation>Aprobado ({0})</translation>
    </message>
    <message>
        <source>Not passed yet ({0})</source>
        <translation>Todavía no aprobado ({0})</translation>
    </message>
    <message>
        <source>no attempts left</source>
        <translation>no quedan intentos</translation>
    </message>
</context>
<context>
    <name>ReflectionForm</name>
    <message>
        <source>Insert a reflection</source>
        <translation>Insertar una reflexión</translation>
    </message>
    <message>
        <source>Learners write their own thoughts; their text is saved and never graded.</source>
        <translation>Los estudiantes escriben lo que piensan; su texto se guarda y nunca se califica.</translation>
    </message>
    <message>
        <source>What should learners think and write about?</source>
        <translation>¿Sobre qué deben pensar y escribir los estudiantes?</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Pregunta:</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Id:</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> caracteres</translation>
    </message>
    <message>
        <source>Save is enabled once the learner has written this much (0: any length)</source>
        <translation>El botón Guardar se activa cuando el estudiante ha escrito esta cantidad (0: cualquier longitud)</translation>
    </message>
    <message>
        <source>&amp;At least:</source>
        <translation>&amp;Al menos:</translation>
    </message>
    <message>
        <source>Write the question learners answer.</source>
        <translation>Escribe la pregunta que responden los estudiantes.</translation>
    </message>
</context>
<context>
    <name>ReflectionWidget</name>
    <message>
        <source>Reflection</source>
        <translation>Reflexión</translation>
    </message>
    <message>
        <source>Reflection · not graded</source>
        <translation>Reflexión · sin nota</translation>
    </message>
    <message>
        <source>Reflection, not graded</source>
        <translation>Reflexión, sin nota</translation>
    </message>
    <message>
        <source>Your reflection</source>
        <translation>Tu reflexión</translation>
    </message>
    <message>
        <source>Write your thoughts here. Only you and your teacher see them.</source>
        <translation>Escribe aquí lo que piensas. Solo lo ve tu docente, además de ti.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save my reflection</source>
        <translation>Guardar mi reflexión</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <source>Saved earlier</source>
        <translation>Guardada antes</translation>
    </message>
    <message>
        <source>You wrote a reflection on {0}. It stays private; what you write and save now replaces it.</source>
        <translation>Escribiste una reflexión el {0}. Sigue siendo privada; lo que escribas y guardes ahora la sustituye.</translation>
    </message>
    <message>
        <source>{0} of at least {1} characters</source>
        <translation>{0} de al menos {1} caracteres</translation>
    </message>
    <message>
        <source>{0} more to go</source>
        <translation>faltan {0}</translation>
    </message>
    <message>
        <source>{0} characters</source>
        <translation>Caracteres: {0}</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Todavía sin guardar</translation>
    </message>
    <message>
        <source>✔ Saved</source>
        <translation>✔ Guardada</translation>
    </message>
    <message>
        <source>Your reflection is saved.</source>
        <translation>Tu reflexión está guardada.</translation>
    </message>
</context>
<context>
    <name>ReviewSessionPage</name>
    <message>
        <source>Review my mistakes</source>
        <translation>Repasar mis errores</translation>
    </message>
    <message>
        <source>◀ Back to lessons</source>
        <translation>◀ Volver a las lecciones</translation>
    </message>
    <message>
        <source>Back to the lessons</source>
        <translation>Volver a las lecciones</translation>
    </message>
    <message>
        <source>Back to the lessons (Esc)</source>
        <translation>Volver a las lecciones (Esc)</translation>
    </message>
    <message>
        <source>Next item ▶</source>
        <translation>Siguiente pregunta ▶</translation>
    </message>
    <message>
        <source>Item {0} of {1} · from “{2}”</source>
        <translation>Pregunta {0} de {1} · de «{2}»</translation>
    </message>
    <message>
        <source>Check my tags</source>
        <translation>Comprobar mis marcas</translation>
    </message>
    <message>
        <source>Check the cues I tagged in this post</source>
        <translation>Comprobar las pistas que he marcado en esta publicación</translation>
    </message>
    <message>
        <source>Right! You have learned this one: it leaves your review.</source>
        <translation>¡Correcto! Ya te la sabes: sale de tu repaso.</translation>
    </message>
    <message>
        <source>Right! It comes back {0}.</source>
        <translation>¡Correcto! Volverá {0}.</translation>
    </message>
    <message>
        <source>Not quite: it comes back {0}, until you get it right.</source>
        <translation>No del todo: volverá {0}, hasta que la aciertes.</translation>
    </message>
    <message>
        <source>Finish review ✔</source>
        <translation>Terminar el repaso ✔</translation>
    </message>
    <message>
        <source>Finish the review</source>
        <translation>Terminar el repaso</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Siguiente pregunta</translation>
    </message>
    <message>
        <source> Your next review is {0}.</source>
        <translation> Tu próximo repaso es {0}.</translation>
    </message>
    <message>
        <source> Nothing is waiting for review.</source>
        <translation> No hay nada pendiente de repaso.</translation>
    </message>
    <message numerus="yes">
        <source>Done for today: you reviewed %n item(s) and got {0} right.</source>
        <translation>
            <numerusform>Listo por hoy: has repasado %n pregunta y has acertado {0}.</numerusform>
            <numerusform>Listo por hoy: has repasado %n preguntas y has acertado {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to review today. Questions you get wrong in a lesson come back here the next day.</source>
        <translation>Hoy no hay nada que repasar. Las preguntas que falles en una lección vuelven aquí al día siguiente.</translation>
    </message>
    <message>
        <source>Reviews never change your lesson scores: they help what you learned stick. Going over an item again after 1, 3, 7 and 21 days works better than many times at once.</source>
        <translation>Los repasos nunca cambian tus puntuaciones de las lecciones: ayudan a que lo aprendido se quede. Repasar una pregunta al cabo de 1, 3, 7 y 21 días funciona mejor que muchas veces seguidas.</translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <source>Add another</source>
        <translation>Añadir otro</translation>
    </message>
    <message>
        <source>{0}, row {1}</source>
        <translation>{0}, fila {1}</translation>
    </message>
</context>
<context>
    <name>ScenarioChoiceForm</name>
    <message>
        <source>Insert a scenario choice</source>
        <translation>Insertar una opción de escenario</translation>
    </message>
    <message>
        <source>The choice is added to the node the cursor is in.</source>
        <translation>La opción se añade al nodo donde está el cursor.</translation>
    </message>
    <message>
        <source>What the learner can do</source>
        <translation>Lo que puede hacer el estudiante</translation>
    </message>
    <message>
        <source>&amp;Choice:</source>
        <translation>&amp;Opción:</translation>
    </message>
    <message>
        <source>node id</source>
        <translation>id del nodo</translation>
    </message>
    <message>
        <source>The id of the node this choice leads to</source>
        <translation>El id del nodo al que lleva esta opción</translation>
    </message>
    <message>
        <source>&amp;Leads to node:</source>
        <translation>&amp;Lleva al nodo:</translation>
    </message>
    <message>
        <source>Added to the learner&apos;s score when they choose it</source>
        <translation>Se suma a la puntuación del estudiante cuando la elige</translation>
    </message>
    <message>
        <source>&amp;Score +/-:</source>
        <translation>&amp;Puntuación +/-:</translation>
    </message>
    <message>
        <source>Show only if the score is</source>
        <translation>Mostrar solo si la puntuación es</translation>
    </message>
    <message>
        <source>Condition:</source>
        <translation>Condición:</translation>
    </message>
    <message>
        <source>Optional: shown after the learner chooses it</source>
        <translation>Opcional: se muestra después de que el estudiante la elija</translation>
    </message>
    <message>
        <source>&amp;Feedback:</source>
        <translation>&amp;Comentario:</translation>
    </message>
    <message>
        <source>Write the choice.</source>
        <translation>Escribe la opción.</translation>
    </message>
    <message>
        <source>Say which node the choice leads to.</source>
        <translation>Indica a qué nodo lleva la opción.</translation>
    </message>
</context>
<context>
    <name>ScenarioNodeForm</name>
    <message>
        <source>Insert a scenario node</source>
        <translation>Insertar un nodo de escenario</translation>
    </message>
    <message>
        <source>A node is one moment of the story: some text, then the choices the learner has. It joins the scenario the cursor is in, or starts a new scenario there.</source>
        <translation>Un nodo es un momento de la historia: un texto y luego las opciones que tiene el estudiante. Se añade al escenario donde está el cursor o empieza allí un escenario nuevo.</translation>
    </message>
    <message>
        <source>A short title, e.g. “At the bus stop”</source>
        <translation>Un título corto, p. ej., «En la parada del autobús»</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Id:</translation>
    </message>
    <message>
        <source>What happens at this point of the story</source>
        <translation>Lo que pasa en este punto de la historia</translation>
    </message>
    <message>
        <source>T&amp;ext:</source>
        <translation>T&amp;exto:</translation>
    </message>
    <message>
        <source>This node ends the story</source>
        <translation>Este nodo termina la historia</translation>
    </message>
    <message>
        <source>e.g. “A careful choice”</source>
        <translation>p. ej., «Una elección prudente»</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Desenlace:</translation>
    </message>
    <message>
        <source>What reaching this ending earns</source>
        <translation>Lo que se gana al llegar a este final</translation>
    </message>
    <message>
        <source>&amp;Score:</source>
        <translation>&amp;Puntuación:</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Opción</translation>
    </message>
    <message>
        <source>What the learner can do</source>
        <translation>Lo que puede hacer el estudiante</translation>
    </message>
    <message>
        <source>Leads to node</source>
        <translation>Lleva al nodo</translation>
    </message>
    <message>
        <source>node id</source>
        <translation>id del nodo</translation>
    </message>
    <message>
        <source>Score +/-</source>
        <translation>Puntuación +/-</translation>
    </message>
    <message>
        <source>Feedback (optional)</source>
        <translation>Comentario (opcional)</translation>
    </message>
    <message>
        <source>Add a choice</source>
        <translation>Añadir una opción</translation>
    </message>
    <message>
        <source>Choices:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <source>Give the node a title.</source>
        <translation>Ponle un título al nodo.</translation>
    </message>
    <message>
        <source>Name the outcome of this ending.</source>
        <translation>Pon nombre al desenlace de este final.</translation>
    </message>
    <message>
        <source>Write at least one choice, or tick “This node ends the story”.</source>
        <translation>Escribe al menos una opción o marca «Este nodo termina la historia».</translation>
    </message>
    <message>
        <source>Say which node each choice leads to.</source>
        <translation>Indica a qué nodo lleva cada opción.</translation>
    </message>
</context>
<context>
    <name>ScenarioSlide</name>
    <message>
        <source>Part {0} · points so far: {1}</source>
        <translation>Parte {0} · puntos hasta ahora: {1}</translation>
    </message>
    <message>
        <source>&lt;b&gt;The end: {0}&lt;/b&gt; · points: {1} of {2}. Press R to play again, PageDown to go on.</source>
        <translation>&lt;b&gt;Final: {0}&lt;/b&gt; · puntos: {1} de {2}. Pulsa R para jugar otra vez, AvPág para seguir.</translation>
    </message>
    <message>
        <source>The class chose: &lt;i&gt;{0}&lt;/i&gt;</source>
        <translation>La clase ha elegido: &lt;i&gt;{0}&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Endings and their points: {0}</source>
        <translation>Finales y sus puntos: {0}</translation>
    </message>
</context>
<context>
    <name>ScenarioWidget</name>
    <message>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <source>Scenario · your choices count</source>
        <translation>Escenario · tus decisiones cuentan</translation>
    </message>
    <message>
        <source>Scenario: your choices count</source>
        <translation>Escenario: tus decisiones cuentan</translation>
    </message>
    <message>
        <source>Go back one step</source>
        <translation>Volver un paso atrás</translation>
    </message>
    <message>
        <source>Play again</source>
        <translation>Jugar otra vez</translation>
    </message>
    <message>
        <source>Play the scenario again from the start</source>
        <translation>Volver a jugar el escenario desde el principio</translation>
    </message>
    <message>
        <source>Your path: {0}</source>
        <translation>Tu camino: {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ending: {0}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Final: {0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>You scored {0} of {1}.</source>
        <translation>Has conseguido {0} de {1}.</translation>
    </message>
    <message numerus="yes">
        <source>Played %n time(s). Best: {0} of {1} ({2}).</source>
        <translation>
            <numerusform>Jugado %n vez. Mejor resultado: {0} de {1} ({2}).</numerusform>
            <numerusform>Jugado %n veces. Mejor resultado: {0} de {1} ({2}).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoreHistogram</name>
    <message>
        <source>Score distribution</source>
        <translation>Distribución de las puntuaciones</translation>
    </message>
    <message>
        <source>No finished attempts yet.</source>
        <translation>Todavía no hay intentos terminados.</translation>
    </message>
    <message numerus="yes">
        <source>{0}%: %n learner(s)</source>
        <translation>
            <numerusform>{0} %: %n estudiante</numerusform>
            <numerusform>{0} %: %n estudiantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Learners per best-score band. {0}.</source>
        <translation>Estudiantes por franja de mejor puntuación. {0}.</translation>
    </message>
    <message>
        <source>No finished attempts yet</source>
        <translation>Todavía no hay intentos terminados</translation>
    </message>
    <message>
        <source>best score (%) → number of learners</source>
        <translation>mejor puntuación (%) → número de estudiantes</translation>
    </message>
</context>
<context>
    <name>SignInCode</name>
    <message>
        <source>Sign in with your code</source>
        <translation>Inicia sesión con tu código</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Código:</translation>
    </message>
    <message>
        <source>I forgot my code</source>
        <translation>He olvidado mi código</translation>
    </message>
    <message>
        <source>Hello, {0}!</source>
        <translation>¡Hola, {0}!</translation>
    </message>
    <message>
        <source>Type your code, then press Enter.</source>
        <translation>Escribe tu código y pulsa Intro.</translation>
    </message>
    <message>
        <source>Your code</source>
        <translation>Tu código</translation>
    </message>
    <message>
        <source>Hello, {0}! Choose your code</source>
        <translation>¡Hola, {0}! Elige tu código</translation>
    </message>
    <message>
        <source>Choose {0} to {1} digits that only you know, and remember them. You will type them each time you sign in.</source>
        <translation>Elige de {0} a {1} cifras que solo sepas tú y recuérdalas. Las escribirás cada vez que inicies sesión.</translation>
    </message>
    <message>
        <source>Choose your code</source>
        <translation>Elige tu código</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Type the same code again</source>
        <translation>Vuelve a escribir el mismo código</translation>
    </message>
    <message>
        <source>To be sure you remember it.</source>
        <translation>Para asegurarte de que lo recuerdas.</translation>
    </message>
    <message>
        <source>Your code again</source>
        <translation>Tu código otra vez</translation>
    </message>
    <message>
        <source>Save my code and start</source>
        <translation>Guardar mi código y empezar</translation>
    </message>
    <message>
        <source>Type the same code again.</source>
        <translation>Vuelve a escribir el mismo código.</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Back to Who&apos;s learning</source>
        <translation>Volver a ¿Quién aprende?</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Pick {0} pictures.</source>
        <translation>Elige {0} imágenes.</translation>
    </message>
    <message>
        <source>Pick pictures from the grid.</source>
        <translation>Elige imágenes de la cuadrícula.</translation>
    </message>
    <message>
        <source>Use digits only.</source>
        <translation>Usa solo cifras.</translation>
    </message>
    <message>
        <source>Use {0} to {1} digits.</source>
        <translation>Usa de {0} a {1} cifras.</translation>
    </message>
    <message>
        <source>A secret is already set: sign in with it.</source>
        <translation>Ya hay un código o unas imágenes elegidos: inicia sesión con ellos.</translation>
    </message>
    <message>
        <source>That is not right. You can try again in {0} s.</source>
        <translation>No es correcto. Puedes volver a intentarlo dentro de {0} s.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Ya puedes volver a intentarlo.</translation>
    </message>
    <message>
        <source>The two did not match. Choose again, then give the same again.</source>
        <translation>No coinciden. Vuelve a elegir y luego repite lo mismo.</translation>
    </message>
    <message>
        <source>Ask your teacher: in the teacher view, Learners&apos; data… &gt; Reset sign-in. Then you choose again.</source>
        <translation>Pídeselo a tu docente: en la vista docente, Datos de los estudiantes… &gt; Restablecer el inicio de sesión. Después vuelves a elegir.</translation>
    </message>
</context>
<context>
    <name>SignInPicture</name>
    <message>
        <source>Sign in with your pictures</source>
        <translation>Inicia sesión con tus imágenes</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Sol</translation>
    </message>
    <message>
        <source>Moon</source>
        <translation>Luna</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Estrella</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Árbol</translation>
    </message>
    <message>
        <source>Fish</source>
        <translation>Pez</translation>
    </message>
    <message>
        <source>House</source>
        <translation>Casa</translation>
    </message>
    <message>
        <source>Boat</source>
        <translation>Barco</translation>
    </message>
    <message>
        <source>Flower</source>
        <translation>Flor</translation>
    </message>
    <message>
        <source>Heart</source>
        <translation>Corazón</translation>
    </message>
    <message>
        <source>Picture {0} of {1}</source>
        <translation>Imagen {0} de {1}</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>I forgot my pictures</source>
        <translation>He olvidado mis imágenes</translation>
    </message>
    <message>
        <source>Hello, {0}!</source>
        <translation>¡Hola, {0}!</translation>
    </message>
    <message>
        <source>Pick your {0} pictures, then Sign in.</source>
        <translation>Elige tus {0} imágenes y luego Iniciar sesión.</translation>
    </message>
    <message>
        <source>Hello, {0}! Choose your pictures</source>
        <translation>¡Hola, {0}! Elige tus imágenes</translation>
    </message>
    <message>
        <source>Pick {0} pictures that only you know, and remember them. You will pick them each time you sign in.</source>
        <translation>Elige {0} imágenes que solo sepas tú y recuérdalas. Las elegirás cada vez que inicies sesión.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Pick the same {0} pictures again</source>
        <translation>Vuelve a elegir las mismas {0} imágenes</translation>
    </message>
    <message>
        <source>To be sure you remember them.</source>
        <translation>Para asegurarte de que las recuerdas.</translation>
    </message>
    <message>
        <source>Save my pictures and start</source>
        <translation>Guardar mis imágenes y empezar</translation>
    </message>
    <message>
        <source>Pick the same {0} pictures again.</source>
        <translation>Vuelve a elegir las mismas {0} imágenes.</translation>
    </message>
    <message>
        <source>{0} of {1} pictures picked</source>
        <translation>Imágenes elegidas: {0} de {1}</translation>
    </message>
</context>
<context>
    <name>Slide</name>
    <message>
        <source>Question {0}</source>
        <translation>Pregunta {0}</translation>
    </message>
    <message>
        <source>Post {0}</source>
        <translation>Publicación {0}</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Write a lesson</source>
        <translation>Escribir una lección</translation>
    </message>
    <message>
        <source>A lesson is a text file. Type on the left and see it on the right, as learners and as teachers will. Mistakes are listed under the text while you type.</source>
        <translation>Una lección es un archivo de texto. Escribe a la izquierda y mírala a la derecha, como la verán los estudiantes y los docentes. Los errores aparecen debajo del texto mientras escribes.</translation>
    </message>
    <message>
        <source>New lesson…</source>
        <translation>Nueva lección…</translation>
    </message>
    <message>
        <source>Start from a lesson that shows every kind of activity</source>
        <translation>Empezar con una lección que muestra todos los tipos de actividad</translation>
    </message>
    <message>
        <source>Open a lesson…</source>
        <translation>Abrir una lección…</translation>
    </message>
    <message>
        <source>Open a lesson file (.md)</source>
        <translation>Abrir el archivo de una lección (.md)</translation>
    </message>
    <message>
        <source>Open a course folder…</source>
        <translation>Abrir la carpeta de un curso…</translation>
    </message>
    <message>
        <source>Open a folder of lessons and check them all</source>
        <translation>Abrir una carpeta de lecciones y comprobarlas todas</translation>
    </message>
    <message>
        <source>Import questions from Moodle…</source>
        <translation>Importar preguntas de Moodle…</translation>
    </message>
    <message>
        <source>Make a lesson from a GIFT or Moodle XML file</source>
        <translation>Crear una lección a partir de un archivo GIFT o Moodle XML</translation>
    </message>
</context>
<context>
    <name>StorageNotice</name>
    <message>
        <source>Your results</source>
        <translation>Tus resultados</translation>
    </message>
    <message>
        <source>Your answers are not saved yet</source>
        <translation>Tus respuestas todavía no están guardadas</translation>
    </message>
    <message>
        <source>All your answers are saved now.</source>
        <translation>Ya están guardadas todas tus respuestas.</translation>
    </message>
    <message>
        <source>Close with unsaved answers?</source>
        <translation>¿Cerrar con respuestas sin guardar?</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) could not be saved yet and will be lost if you close the app now.

Close anyway?</source>
        <translation>
            <numerusform>Todavía no se ha podido guardar %n respuesta y se perderá si cierras ahora la aplicación.

¿Cerrar de todos modos?</numerusform>
            <numerusform>Todavía no se han podido guardar %n respuestas y se perderán si cierras ahora la aplicación.

¿Cerrar de todos modos?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>Done:</source>
        <translation>Hecho:</translation>
    </message>
    <message>
        <source>Skipped, and why:</source>
        <translation>Omitido, y por qué:</translation>
    </message>
    <message>
        <source>What stopped it:</source>
        <translation>Lo que lo ha impedido:</translation>
    </message>
    <message>
        <source>Nothing else to report.</source>
        <translation>Nada más que señalar.</translation>
    </message>
</context>
<context>
    <name>TeacherCharts</name>
    <message>
        <source>Lesson:</source>
        <translation>Lección:</translation>
    </message>
    <message>
        <source>Lesson for the score chart</source>
        <translation>Lección del gráfico de puntuaciones</translation>
    </message>
    <message>
        <source>Best scores in “{0}”</source>
        <translation>Mejores puntuaciones en «{0}»</translation>
    </message>
</context>
<context>
    <name>TeacherDashboard</name>
    <message>
        <source>Export gradebook CSV (one row per learner)…</source>
        <translation>Exportar el libro de calificaciones CSV (una fila por estudiante)…</translation>
    </message>
    <message>
        <source>Export all attempts CSV…</source>
        <translation>Exportar todos los intentos CSV…</translation>
    </message>
    <message>
        <source>Export full archive JSON…</source>
        <translation>Exportar el archivo completo JSON…</translation>
    </message>
    <message>
        <source>Export xAPI statements JSON (for an LRS)…</source>
        <translation>Exportar las declaraciones xAPI JSON (para un LRS)…</translation>
    </message>
    <message>
        <source>Teacher view</source>
        <translation>Vista docente</translation>
    </message>
    <message>
        <source>Back to the lesson</source>
        <translation>Volver a la lección</translation>
    </message>
    <message>
        <source>Show the current learner&apos;s lesson, with teacher notes</source>
        <translation>Mostrar la lección del estudiante actual, con las notas para docentes</translation>
    </message>
    <message>
        <source>Files…</source>
        <translation>Archivos…</translation>
    </message>
    <message>
        <source>Export results or the class roster; import a roster</source>
        <translation>Exportar los resultados o la lista de clase; importar una lista de clase</translation>
    </message>
    <message>
        <source>Export class roster CSV…</source>
        <translation>Exportar la lista de clase CSV…</translation>
    </message>
    <message>
        <source>Import roster…</source>
        <translation>Importar lista de clase…</translation>
    </message>
    <message>
        <source>Add learners from a CSV file: name, optional student id</source>
        <translation>Añadir estudiantes desde un archivo CSV: nombre y, si quieres, número de estudiante</translation>
    </message>
    <message>
        <source>Open class from LRS…</source>
        <translation>Abrir la clase desde el LRS…</translation>
    </message>
    <message>
        <source>Leave teacher mode</source>
        <translation>Salir del modo docente</translation>
    </message>
    <message>
        <source>Author mode…</source>
        <translation>Modo autor…</translation>
    </message>
    <message>
        <source>Write and check lessons, import Moodle questions, make lesson packs</source>
        <translation>Escribir y comprobar lecciones, importar preguntas de Moodle, crear paquetes de lecciones</translation>
    </message>
    <message>
        <source>Undo reset</source>
        <translation>Deshacer el reinicio</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Pre/post</source>
        <translation>Inicial/final</translation>
    </message>
    <message>
        <source>District LRS</source>
        <translation>LRS del distrito</translation>
    </message>
    <message>
        <source>PCs</source>
        <translation>PC</translation>
    </message>
    <message>
        <source>PCs ⚠ {0}</source>
        <translation>PC ⚠ {0}</translation>
    </message>
    <message>
        <source>Reset lesson</source>
        <translation>Reiniciar la lección</translation>
    </message>
    <message>
        <source>Start “{0}” afresh for {1}? Their answers in this lesson are put aside and can be brought back with Undo.</source>
        <translation>¿Empezar de cero «{0}» para {1}? Sus respuestas en esta lección se apartan y se pueden recuperar con Deshacer.</translation>
    </message>
    <message>
        <source>The lesson was reset for {0}.</source>
        <translation>Se ha reiniciado la lección para {0}.</translation>
    </message>
    <message>
        <source>There was nothing to reset.</source>
        <translation>No había nada que reiniciar.</translation>
    </message>
    <message>
        <source>The reset was undone.</source>
        <translation>Se ha deshecho el reinicio.</translation>
    </message>
    <message>
        <source>Archive learner</source>
        <translation>Archivar estudiante</translation>
    </message>
    <message>
        <source>Archive {0}? The name leaves the picker and this view; every answer is kept in the archive export.</source>
        <translation>¿Archivar a {0}? El nombre desaparece de la selección de estudiantes y de esta vista; todas sus respuestas se conservan en la exportación del archivo.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <source>{0} was archived.</source>
        <translation>Se ha archivado a {0}.</translation>
    </message>
    <message>
        <source>Saved {0}.</source>
        <translation>Guardado: {0}.</translation>
    </message>
    <message>
        <source>Could not read {0}: {1}</source>
        <translation>No se ha podido leer {0}: {1}</translation>
    </message>
    <message>
        <source>Roster: {0} added, {1} updated, {2} already here.</source>
        <translation>Lista de clase: añadidos: {0}; actualizados: {1}; ya estaban: {2}.</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Exportar los resultados</translation>
    </message>
    <message>
        <source>Export roster</source>
        <translation>Exportar la lista de clase</translation>
    </message>
    <message>
        <source>Import roster</source>
        <translation>Importar la lista de clase</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Archivos CSV (*.csv *.txt)</translation>
    </message>
</context>
<context>
    <name>TeacherGrid</name>
    <message>
        <source>Find a learner…</source>
        <translation>Buscar un estudiante…</translation>
    </message>
    <message>
        <source>Find a learner</source>
        <translation>Buscar un estudiante</translation>
    </message>
    <message>
        <source>Show learners</source>
        <translation>Mostrar estudiantes</translation>
    </message>
    <message>
        <source>All learners</source>
        <translation>Todos los estudiantes</translation>
    </message>
    <message>
        <source>Needs help ⚠</source>
        <translation>Necesita ayuda ⚠</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Sin empezar</translation>
    </message>
    <message>
        <source>A lesson below 50% (the pre-test is a baseline and does not count), or no lesson started after the pre-test</source>
        <translation>Una lección por debajo del 50 % (la prueba inicial es un punto de partida y no cuenta) o ninguna lección empezada después de la prueba inicial</translation>
    </message>
    <message>
        <source>● 80%+</source>
        <translation>● 80 %+</translation>
    </message>
    <message>
        <source>◐ 50–79%</source>
        <translation>◐ 50–79 %</translation>
    </message>
    <message>
        <source>○ under 50%</source>
        <translation>○ menos del 50 %</translation>
    </message>
    <message>
        <source>– not started</source>
        <translation>– sin empezar</translation>
    </message>
    <message>
        <source>×N attempts</source>
        <translation>×N intentos</translation>
    </message>
    <message>
        <source>✔ completed</source>
        <translation>✔ completada</translation>
    </message>
    <message>
        <source>⚠ needs help (point at the name: why)</source>
        <translation>⚠ necesita ayuda (señala el nombre para ver por qué)</translation>
    </message>
    <message>
        <source>Learners and lessons</source>
        <translation>Estudiantes y lecciones</translation>
    </message>
    <message>
        <source>Learner names</source>
        <translation>Nombres de los estudiantes</translation>
    </message>
    <message>
        <source>Review attempts</source>
        <translation>Revisar los intentos</translation>
    </message>
    <message>
        <source>Reset this lesson…</source>
        <translation>Reiniciar esta lección…</translation>
    </message>
    <message>
        <source>Start the selected learner&apos;s lesson afresh (can be undone)</source>
        <translation>Empezar de cero la lección del estudiante seleccionado (se puede deshacer)</translation>
    </message>
    <message>
        <source>Archive learner…</source>
        <translation>Archivar estudiante…</translation>
    </message>
    <message>
        <source>Hide the learner from the picker and the grid; answers are kept</source>
        <translation>Ocultar al estudiante de la selección y de la tabla; las respuestas se conservan</translation>
    </message>
</context>
<context>
    <name>TeacherHeader</name>
    <message>
        <source>More…</source>
        <translation>Más…</translation>
    </message>
    <message>
        <source>More teacher actions</source>
        <translation>Más acciones docentes</translation>
    </message>
</context>
<context>
    <name>TeacherItems</name>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Aciertos</translation>
    </message>
    <message>
        <source>Most chosen wrong answer</source>
        <translation>Respuesta incorrecta más elegida</translation>
    </message>
    <message>
        <source>Attempts per learner</source>
        <translation>Intentos por estudiante</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Lesson:</source>
        <translation>Lección:</translation>
    </message>
    <message>
        <source>Lesson for item analysis</source>
        <translation>Lección para el análisis de preguntas</translation>
    </message>
    <message>
        <source>Questions of the lesson</source>
        <translation>Preguntas de la lección</translation>
    </message>
    <message>
        <source>The selected question</source>
        <translation>La pregunta seleccionada</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Nobody has answered this lesson&apos;s questions yet.</source>
        <translation>Todavía nadie ha respondido a las preguntas de esta lección.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s), hardest first. {0} got fewer than half of the answers right (marked ⚠). Click a column title to sort.</source>
        <translation>
            <numerusform>%n pregunta, de la más difícil a la más fácil. Con menos de la mitad de aciertos (marcadas con ⚠): {0}. Haz clic en el título de una columna para ordenar.</numerusform>
            <numerusform>%n preguntas, de la más difícil a la más fácil. Con menos de la mitad de aciertos (marcadas con ⚠): {0}. Haz clic en el título de una columna para ordenar.</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} right, from {1}, {2} attempts each.</source>
        <translation>{0} correctas, de {1}, {2} intentos por estudiante.</translation>
    </message>
    <message numerus="yes">
        <source>{0:.0f}% of %n answer(s)</source>
        <translation>
            <numerusform>{0:.0f} % de %n respuesta</numerusform>
            <numerusform>{0:.0f} % de %n respuestas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s)</source>
        <translation>
            <numerusform>%n estudiante</numerusform>
            <numerusform>%n estudiantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Most chosen wrong answer: {0} ({1}×)</source>
        <translation>Respuesta incorrecta más elegida: {0} ({1}×)</translation>
    </message>
    <message>
        <source>Nobody chose a wrong answer.</source>
        <translation>Nadie eligió una respuesta incorrecta.</translation>
    </message>
</context>
<context>
    <name>TeacherMode</name>
    <message>
        <source>Teacher…</source>
        <translation>Docente…</translation>
    </message>
    <message>
        <source>Open the teacher view (PIN)</source>
        <translation>Abrir la vista docente (PIN)</translation>
    </message>
    <message>
        <source>Leave teacher mode</source>
        <translation>Salir del modo docente</translation>
    </message>
    <message>
        <source>Close the teacher view and go back to &quot;Who&apos;s learning?&quot;</source>
        <translation>Cerrar la vista docente y volver a «¿Quién aprende?»</translation>
    </message>
</context>
<context>
    <name>TeacherNoteForm</name>
    <message>
        <source>Insert a teacher note</source>
        <translation>Insertar una nota para docentes</translation>
    </message>
    <message>
        <source>Learners never see teacher notes; teachers see them in the teacher view and in the preview as teacher.</source>
        <translation>Los estudiantes nunca ven las notas para docentes; los docentes las ven en la vista docente y en la vista previa como docente.</translation>
    </message>
    <message>
        <source>e.g. Timing: 10 min reading, 15 min quiz</source>
        <translation>p. ej., Tiempo: 10 min de lectura, 15 min de cuestionario</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>Write the note.</source>
        <translation>Escribe la nota.</translation>
    </message>
</context>
<context>
    <name>TeacherPrePost</name>
    <message>
        <source>Pre-test and post-test scores</source>
        <translation>Puntuaciones de la prueba inicial y la final</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Pre-test</source>
        <translation>Prueba inicial</translation>
    </message>
    <message>
        <source>Post-test</source>
        <translation>Prueba final</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>Mejora</translation>
    </message>
    <message>
        <source>Gain per learning objective</source>
        <translation>Mejora por objetivo de aprendizaje</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Pre-test right</source>
        <translation>Aciertos en la prueba inicial</translation>
    </message>
    <message>
        <source>Post-test right</source>
        <translation>Aciertos en la prueba final</translation>
    </message>
    <message>
        <source>No module has both a pre-test and a post-test lesson (front matter &apos;assessment: pre&apos; and &apos;assessment: post&apos;).</source>
        <translation>Ningún módulo tiene a la vez una lección de prueba inicial y otra de prueba final (cabecera &apos;assessment: pre&apos; y &apos;assessment: post&apos;).</translation>
    </message>
    <message>
        <source>{0}: nobody has taken both tests yet.</source>
        <translation>{0}: todavía nadie ha hecho las dos pruebas.</translation>
    </message>
    <message>
        <source>{0}: class mean {1} → {2}, mean gain {3:+.0f} points ({4} learners took both tests).</source>
        <translation>{0}: media de la clase {1} → {2}, mejora media de {3:+.0f} puntos (estudiantes que hicieron las dos pruebas: {4}).</translation>
    </message>
    <message>
        <source>Normalised gain on the class means: {0:.2f} (the share of what could still be learnt that was learnt).</source>
        <translation>Mejora normalizada sobre las medias de la clase: {0:.2f} (la parte de lo que quedaba por aprender que se ha aprendido).</translation>
    </message>
</context>
<context>
    <name>TeacherReview</name>
    <message>
        <source>Learner:</source>
        <translation>Estudiante:</translation>
    </message>
    <message>
        <source>Learner to review</source>
        <translation>Estudiante que revisar</translation>
    </message>
    <message>
        <source>Attempts of the learner</source>
        <translation>Intentos del estudiante</translation>
    </message>
    <message>
        <source>finished {0}</source>
        <translation>terminado el {0}</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>sin terminar</translation>
    </message>
    <message>
        <source>{0} “{1}”, attempt {2}: {3:g} of {4:g} points ({5:.0f}%), {6}</source>
        <translation>{0} «{1}», intento {2}: {3:g} de {4:g} puntos ({5:.0f} %), {6}</translation>
    </message>
</context>
<context>
    <name>TextInput</name>
    <message>
        <source>Type your answer</source>
        <translation>Escribe tu respuesta</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Tu respuesta</translation>
    </message>
    <message>
        <source>✔ Accepted.</source>
        <translation>✔ Aceptada.</translation>
    </message>
    <message>
        <source>✘ Not accepted.</source>
        <translation>✘ No aceptada.</translation>
    </message>
    <message>
        <source>Accepted answers: {0}</source>
        <translation>Respuestas aceptadas: {0}</translation>
    </message>
</context>
<context>
    <name>TimeAgo</name>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message>
        <source>{0} min ago</source>
        <translation>hace {0} min</translation>
    </message>
    <message>
        <source>{0} h ago</source>
        <translation>hace {0} h</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) ago</source>
        <translation>
            <numerusform>hace %n semana</numerusform>
            <numerusform>hace %n semanas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>When</name>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>mañana</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s) ({0})</source>
        <translation>
            <numerusform>dentro de %n día ({0})</numerusform>
            <numerusform>dentro de %n días ({0})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Worksheet</name>
    <message>
        <source>Tick every answer that is right.</source>
        <translation>Marca todas las respuestas correctas.</translation>
    </message>
    <message>
        <source>Answer: {0}</source>
        <translation>Respuesta: {0}</translation>
    </message>
    <message>
        <source>{0} (from {1} to {2})</source>
        <translation>{0} (de {1} a {2})</translation>
    </message>
    <message>
        <source>Write 1 to {0} in the boxes to put these in order.</source>
        <translation>Escribe del 1 al {0} en las casillas para ponerlos en orden.</translation>
    </message>
    <message>
        <source>Write the letter of the matching answer on each line.</source>
        <translation>Escribe en cada línea la letra de la respuesta que le corresponde.</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;Why:&lt;/i&gt; {0}</source>
        <translation>&lt;br&gt;&lt;i&gt;Por qué:&lt;/i&gt; {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n punto</numerusform>
            <numerusform>%n puntos</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Choose your path.&lt;/b&gt; Start at 1. At each part, pick what you would do and go to the part it names. Keep a tally of your points where a choice gives some.</source>
        <translation>&lt;b&gt;Elige tu camino.&lt;/b&gt; Empieza en el 1. En cada parte, elige lo que harías y ve a la parte que indica. Lleva la cuenta de tus puntos cuando una opción los dé.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The end: {0}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Final: {0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>only if your points are {0} {1}</source>
        <translation>solo si tus puntos son {0} {1}</translation>
    </message>
    <message>
        <source>go to {0}</source>
        <translation>ve al {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Choose your path&lt;/b&gt; (starts at 1). Endings: {0}.</source>
        <translation>&lt;b&gt;Elige tu camino&lt;/b&gt; (empieza en el 1). Finales: {0}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Spot the cues.&lt;/b&gt; For each post, tick the cues you notice. Tick none if it is a plain post.</source>
        <translation>&lt;b&gt;Encuentra las pistas.&lt;/b&gt; En cada publicación, marca las pistas que veas. No marques ninguna si es una publicación normal.</translation>
    </message>
    <message>
        <source>picture in the post</source>
        <translation>imagen de la publicación</translation>
    </message>
    <message>
        <source>Post {0}: {1}</source>
        <translation>Publicación {0}: {1}</translation>
    </message>
    <message>
        <source>♥ {0} likes · {1} comments</source>
        <translation>♥ {0} me gusta · {1} comentarios</translation>
    </message>
    <message>
        <source>none (a plain post)</source>
        <translation>ninguna (una publicación normal)</translation>
    </message>
    <message>
        <source>Post {0} ({1}):</source>
        <translation>Publicación {0} ({1}):</translation>
    </message>
    <message>
        <source>Teacher notes</source>
        <translation>Notas para docentes</translation>
    </message>
    <message>
        <source>Name: {0} &amp;nbsp; Date: {1}</source>
        <translation>Nombre: {0} &amp;nbsp; Fecha: {1}</translation>
    </message>
    <message>
        <source>In this lesson you will:</source>
        <translation>En esta lección vas a:</translation>
    </message>
    <message>
        <source>Answer key</source>
        <translation>Soluciones</translation>
    </message>
    <message>
        <source>For teachers: {0}</source>
        <translation>Para docentes: {0}</translation>
    </message>
    <message>
        <source>picture</source>
        <translation>imagen</translation>
    </message>
    <message>
        <source>[Picture: {0}]</source>
        <translation>[Imagen: {0}]</translation>
    </message>
    <message>
        <source>Page {0} of {1}</source>
        <translation>Página {0} de {1}</translation>
    </message>
</context>
<context>
    <name>Workshop</name>
    <message>
        <source>Import GIFT questions…</source>
        <translation>Importar preguntas GIFT…</translation>
    </message>
    <message>
        <source>Make a lesson from a Moodle GIFT file</source>
        <translation>Crear una lección a partir de un archivo GIFT de Moodle</translation>
    </message>
    <message>
        <source>Import Moodle XML questions…</source>
        <translation>Importar preguntas Moodle XML…</translation>
    </message>
    <message>
        <source>Make a lesson from a Moodle XML file, pictures included</source>
        <translation>Crear una lección a partir de un archivo Moodle XML, con sus imágenes</translation>
    </message>
    <message>
        <source>Export as GIFT…</source>
        <translation>Exportar como GIFT…</translation>
    </message>
    <message>
        <source>Write the lesson&apos;s questions for Moodle&apos;s question bank</source>
        <translation>Escribir las preguntas de la lección para el banco de preguntas de Moodle</translation>
    </message>
    <message>
        <source>Export as Moodle XML…</source>
        <translation>Exportar como Moodle XML…</translation>
    </message>
    <message>
        <source>Write the lesson&apos;s questions as Moodle XML</source>
        <translation>Escribir las preguntas de la lección en Moodle XML</translation>
    </message>
    <message>
        <source>Make a lesson pack…</source>
        <translation>Crear un paquete de lecciones…</translation>
    </message>
    <message>
        <source>Put the course folder&apos;s lessons and pictures in one .zip file to share</source>
        <translation>Poner las lecciones y las imágenes de la carpeta del curso en un archivo .zip para compartir</translation>
    </message>
    <message>
        <source>Install a lesson pack…</source>
        <translation>Instalar un paquete de lecciones…</translation>
    </message>
    <message>
        <source>Add the lessons of a .zip lesson pack to this computer&apos;s library</source>
        <translation>Añadir las lecciones de un paquete .zip a la biblioteca de este ordenador</translation>
    </message>
    <message>
        <source>Moodle XML files (*.xml)</source>
        <translation>Archivos Moodle XML (*.xml)</translation>
    </message>
    <message>
        <source>GIFT files (*.gift *.txt);;All files (*)</source>
        <translation>Archivos GIFT (*.gift *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Moodle question banks (*.gift *.txt *.xml);;All files (*)</source>
        <translation>Bancos de preguntas de Moodle (*.gift *.txt *.xml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose the questions to import</source>
        <translation>Elegir las preguntas que importar</translation>
    </message>
    <message>
        <source>Choose the course folder for the new lesson</source>
        <translation>Elegir la carpeta del curso para la nueva lección</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Export as GIFT</source>
        <translation>Exportar como GIFT</translation>
    </message>
    <message>
        <source>GIFT files (*.gift *.txt)</source>
        <translation>Archivos GIFT (*.gift *.txt)</translation>
    </message>
    <message>
        <source>Export as Moodle XML</source>
        <translation>Exportar como Moodle XML</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Lesson pack</source>
        <translation>Paquete de lecciones</translation>
    </message>
    <message>
        <source>Open a course folder or a lesson first: the pack holds its lessons.</source>
        <translation>Abre primero la carpeta de un curso o una lección: el paquete contendrá sus lecciones.</translation>
    </message>
    <message>
        <source>Save the lesson pack</source>
        <translation>Guardar el paquete de lecciones</translation>
    </message>
    <message>
        <source>Lesson packs (*.zip)</source>
        <translation>Paquetes de lecciones (*.zip)</translation>
    </message>
    <message>
        <source>Install a lesson pack</source>
        <translation>Instalar un paquete de lecciones</translation>
    </message>
    <message>
        <source>Open author mode from the app to install lesson packs into its library.</source>
        <translation>Abre el modo autor desde la aplicación para instalar paquetes de lecciones en su biblioteca.</translation>
    </message>
    <message>
        <source>Installing lessons is part of teacher mode. Enter the teacher PIN first.</source>
        <translation>Instalar lecciones forma parte del modo docente. Introduce primero el PIN docente.</translation>
    </message>
</context>
</TS>
