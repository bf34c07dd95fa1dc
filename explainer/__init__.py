"""Pure maths and data behind the explainer: numbers in, numbers out.

Nothing here imports streamlit, starts a thread or a process, or reads the URL. Functions take
and return numbers, numpy arrays, PIL images and Keras models, so plain pytest (and lecture
notebooks) can use them. TensorFlow is imported lazily, only through explainer/tf_runtime.py,
inside the functions that train or classify with Keras.

The public API of the design (its names and meanings are fixed):
    outputs.softmax, outputs.predict          encoding.integer_encode, one_hot, decode
    losses.sse, mse, cross_entropy            descent.update
    images.load_image, to_network_input, number_count
    training.iterations_per_epoch

explainer/figures/ draws the figures as SVG pictures and HTML, one module per page
(explainer/figures/loss.py draws what the loss page shows); every visible word comes in as an
argument.
The app's Streamlit code lives in steps/ and ui/; training plumbing (worker processes, the
queue, preloading) in background/.
"""
